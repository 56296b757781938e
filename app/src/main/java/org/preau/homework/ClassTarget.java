package org.preau.homework;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.school.DivisionId;
import org.preau.school.GroupId;

/** Whom a lesson is for: a division or a group, exactly one. Written "d:&lt;uuid&gt;" or "g:&lt;uuid&gt;" in forms. */
public record ClassTarget(@Nullable DivisionId division, @Nullable GroupId group) {

    public ClassTarget {
        if ((division == null) == (group == null)) {
            throw new IllegalArgumentException("A lesson is for a division or a group, exactly one");
        }
    }

    public static ClassTarget of(@Nullable DivisionId division, @Nullable GroupId group) {
        return new ClassTarget(division, group);
    }

    public static ClassTarget of(@Nullable UUID division, @Nullable UUID group) {
        return new ClassTarget(division == null ? null : new DivisionId(division), group == null ? null : new GroupId(group));
    }

    /** Parses the form value written by {@link #key()}. */
    public static ClassTarget parse(String key) {
        if (key.length() > 2 && key.charAt(1) == ':') {
            UUID id = UUID.fromString(key.substring(2));
            switch (key.charAt(0)) {
                case 'd' -> {
                    return new ClassTarget(new DivisionId(id), null);
                }
                case 'g' -> {
                    return new ClassTarget(null, new GroupId(id));
                }
                default -> {
                }
            }
        }
        throw new IllegalArgumentException("Not a class target: " + key);
    }

    public String key() {
        return division != null ? "d:" + division.value() : "g:" + group.value();
    }

    public UUID value() {
        return division != null ? division.value() : group.value();
    }
}
