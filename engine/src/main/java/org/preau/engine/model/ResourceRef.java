package org.preau.engine.model;

/** Points at a teacher, a student set or a room by id; constraints about "someone's day" use it. */
public record ResourceRef(Kind kind, String id) {

    public enum Kind { TEACHER, STUDENTS, ROOM }

    public static ResourceRef teacher(String id) {
        return new ResourceRef(Kind.TEACHER, id);
    }

    public static ResourceRef students(String id) {
        return new ResourceRef(Kind.STUDENTS, id);
    }

    public static ResourceRef room(String id) {
        return new ResourceRef(Kind.ROOM, id);
    }
}
