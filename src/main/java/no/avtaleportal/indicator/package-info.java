/**
 * Outcome indicators per commitment: what a commitment should change, with a baseline, a target
 * and the dated measurements that show where it stands (with who recorded them and, optionally,
 * a shared document as evidence), their status in words as of any day, a small SVG line chart
 * with its figures beside it, the history of every correction, and CSV export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcome indicators")
package no.avtaleportal.indicator;
