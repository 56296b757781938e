package org.preau.engine.io.json;

/** The JSON input is not a valid problem or solution; the one-line message names the file and the JSON path. */
public class JsonFormatException extends RuntimeException {

    public JsonFormatException(String message) {
        super(message);
    }
}
