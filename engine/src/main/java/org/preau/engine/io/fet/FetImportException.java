package org.preau.engine.io.fet;

/** The input is not a usable FET file; the message is one line naming the file and, when known, line and element. */
public class FetImportException extends RuntimeException {

    public FetImportException(String message) {
        super(message);
    }
}
