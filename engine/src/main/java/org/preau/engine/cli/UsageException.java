package org.preau.engine.cli;

/** Bad command-line arguments; the message is shown as is, exit code 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
