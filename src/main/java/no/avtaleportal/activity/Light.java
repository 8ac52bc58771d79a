package no.avtaleportal.activity;

/**
 * The traffic light of a status update: always shown with its word ({@code Light.<NAME>}), never
 * by colour alone.
 */
public enum Light {

	GREEN, YELLOW, RED

}
