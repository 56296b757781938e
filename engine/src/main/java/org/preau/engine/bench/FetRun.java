package org.preau.engine.bench;

/**
 * What one fet-cl run gave: whether it found a timetable, how long it took (wall clock, reading included), the
 * soft conflicts FET counted (its "Total soft conflicts", a sum of weight/100), and its last message when it failed.
 */
record FetRun(boolean solved, double seconds, Double softConflicts, String message) {
}
