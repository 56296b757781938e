package org.preau.engine.io.json;

import java.util.Set;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Slot;

/** What a problem declares, so that every reference in the file can be checked where it is written. */
record JsonReferences(int days, int periods, Set<String> teachers, Set<String> studentSets, Set<String> rooms,
        Set<String> lessons) {

    Slot slot(JsonField f) {
        int day = f.integer("day");
        int period = f.integer("period");
        if (day < 0 || day >= days) {
            throw f.get("day").error("day " + day + " is outside the week (0-" + (days - 1) + ")");
        }
        if (period < 0 || period >= periods) {
            throw f.get("period").error("period " + period + " is outside the day (0-" + (periods - 1) + ")");
        }
        return new Slot(day, period);
    }

    void resource(ResourceRef ref, JsonField where) {
        Set<String> known = switch (ref.kind()) {
            case TEACHER -> teachers;
            case STUDENTS -> studentSets;
            case ROOM -> rooms;
        };
        require(known, ref.id(), where, ref.kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Checks the ids held by constraint fields, recognised by their names. */
    void named(String field, String id, JsonField where) {
        switch (field) {
            case "lessonIds", "lessonId", "first", "second" -> require(lessons, id, where, "lesson");
            case "roomIds", "roomId" -> {
                if (!id.isEmpty()) {
                    require(rooms, id, where, "room");
                }
            }
            default -> {
            }
        }
    }

    static void require(Set<String> known, String id, JsonField where, String what) {
        if (!known.contains(id)) {
            throw where.error("unknown " + what + " '" + id + "'");
        }
    }
}
