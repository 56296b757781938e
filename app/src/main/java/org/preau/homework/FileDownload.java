package org.preau.homework;

import java.io.IOException;
import java.io.InputStream;

/** A stored file the caller may read: open it to stream its bytes. */
public record FileDownload(String fileName, String contentType, long size, Opener opener) {

    public InputStream open() throws IOException {
        return opener.open();
    }

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
