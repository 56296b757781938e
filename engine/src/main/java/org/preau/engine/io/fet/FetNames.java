package org.preau.engine.io.fet;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.Teacher;
import org.preau.engine.model.TimetableProblem;

/** FET identifies teachers by name: the teachers' names when they are unique, their ids otherwise. */
final class FetNames {

    private final Map<String, String> teacherNames = new HashMap<>();

    FetNames(TimetableProblem problem) {
        Set<String> seen = new HashSet<>();
        boolean unique = problem.teachers().stream().allMatch(t -> !t.name().isBlank() && seen.add(t.name()));
        for (Teacher t : problem.teachers()) {
            teacherNames.put(t.id(), unique ? t.name() : t.id());
        }
    }

    String teacher(String id) {
        return teacherNames.getOrDefault(id, id);
    }

    static String subject(Lesson l) {
        return l.subject().isBlank() ? "-" : l.subject();
    }
}
