package org.preau.school;

import java.util.Objects;
import java.util.UUID;

/** Identifies a room (salle) within its school. */
public record RoomId(UUID value) {

    public RoomId {
        Objects.requireNonNull(value, "RoomId");
    }

    public static RoomId of(String value) {
        return new RoomId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
