package org.preau.school;

import java.util.Objects;
import java.util.UUID;

/** Identifies a group (LV2, option, demi-groupe…) within its school. */
public record GroupId(UUID value) {

    public GroupId {
        Objects.requireNonNull(value, "GroupId");
    }

    public static GroupId of(String value) {
        return new GroupId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
