package org.preau.homework;

import java.util.Objects;
import java.util.UUID;

/** Identifies a file the teacher joined to a homework within its school. */
public record AttachmentId(UUID value) {

    public AttachmentId {
        Objects.requireNonNull(value, "AttachmentId");
    }

    public static AttachmentId of(String value) {
        return new AttachmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
