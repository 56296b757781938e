package org.preau.engine.solve;

/**
 * A resource (teacher, subgroup class, tagged view, or room) busy on a day for these periods (absolute mask)
 * in these weeks of the cycle: what {@link WeekLoadCollector} counts.
 */
record Booked(int resource, boolean clashChecked, int day, long periods, int weeks) {
}
