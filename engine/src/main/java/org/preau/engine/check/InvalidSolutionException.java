package org.preau.engine.check;

/** A solution that does not fit its problem (unknown lesson or room, slot outside the week); one-line message. */
public class InvalidSolutionException extends RuntimeException {

    public InvalidSolutionException(String message) {
        super(message);
    }
}
