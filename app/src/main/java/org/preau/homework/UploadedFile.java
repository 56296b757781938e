package org.preau.homework;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;

/** A file as it arrives from a form or the API; its content may be read more than once. */
public record UploadedFile(String fileName, @Nullable String contentType, long size, InputStreamSource content) {
}
