package no.avtaleportal.indicator;

/**
 * Where an indicator stands on a day, in words: its target reached, on track (its latest value at
 * least as good as the straight line from baseline to target says by then), behind, or no recent
 * value (none yet, or the latest older than two measuring periods).
 */
public enum IndicatorStatus {

	REACHED, ON_TRACK, BEHIND, NO_RECENT_VALUE

}
