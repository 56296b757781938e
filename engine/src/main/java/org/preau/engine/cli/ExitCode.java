package org.preau.engine.cli;

/** The CLI's exit codes, stable for scripts. */
public final class ExitCode {

    /** Done; for {@code solve}: every lesson placed and every hard rule holds. */
    public static final int OK = 0;
    /** Unexpected failure (a bug): the message says what. */
    public static final int FAILURE = 1;
    /** Invalid input or arguments: a one-line message names the file, line or element. */
    public static final int INVALID_INPUT = 2;
    /** The time limit was reached with hard violations left (the best timetable so far is still written). */
    public static final int NOT_FEASIBLE = 3;
    /** The input has hard constraints of types the engine does not support. */
    public static final int UNSUPPORTED = 4;

    private ExitCode() {
    }
}
