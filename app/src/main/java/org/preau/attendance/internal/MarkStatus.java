package org.preau.attendance.internal;

/** A pupil's mark at a roll call. */
public enum MarkStatus { PRESENT, ABSENT, RETARD }
