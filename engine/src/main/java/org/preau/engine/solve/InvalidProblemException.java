package org.preau.engine.solve;

/** The problem contradicts itself or refers to unknown things (a lesson that fits nowhere, an unknown teacher). */
public class InvalidProblemException extends IllegalArgumentException {

    public InvalidProblemException(String message) {
        super(message);
    }
}
