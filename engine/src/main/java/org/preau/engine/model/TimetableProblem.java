package org.preau.engine.model;

import java.util.List;

/**
 * Everything the solver needs: the week, the resources, the lessons and the constraints. Every lesson must
 * be placed without teacher, pupil or room clashes (the implicit hard rules); {@link #constraints()} adds
 * the school's own rules. {@code name} is informative (a school, a file).
 */
public record TimetableProblem(
        String name,
        Week week,
        List<Teacher> teachers,
        List<StudentSet> studentSets,
        List<Room> rooms,
        List<Lesson> lessons,
        List<Constraint> constraints) {

    public TimetableProblem {
        teachers = List.copyOf(teachers);
        studentSets = List.copyOf(studentSets);
        rooms = List.copyOf(rooms);
        lessons = List.copyOf(lessons);
        constraints = List.copyOf(constraints);
    }
}
