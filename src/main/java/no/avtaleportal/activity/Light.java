package no.avtaleportal.activity;

import org.springframework.modulith.NamedInterface;

/**
 * The traffic light of a status update: always shown with its word ({@code Light.<NAME>}), never
 * by colour alone.
 */
@NamedInterface("api")
public enum Light {

	GREEN, YELLOW, RED

}
