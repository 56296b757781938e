package org.preau.engine.check;

import java.util.ArrayList;
import java.util.List;

/** Lesson ids named by constraints, resolved against the schedule. */
final class LessonRefs {

    private LessonRefs() {
    }

    static List<Integer> all(Schedule s, List<String> ids) {
        List<Integer> result = new ArrayList<>();
        for (String id : ids) {
            Integer l = s.indexOf(id);
            if (l == null) {
                throw new InvalidSolutionException("a constraint names unknown lesson '" + id + "'");
            }
            result.add(l);
        }
        return result;
    }

    static List<Integer> placed(Schedule s, List<String> ids) {
        return all(s, ids).stream().filter(s::placed).toList();
    }

    /** All members, or nothing when one is unplaced (the rule is then judged once everything is placed). */
    static List<Integer> allPlaced(Schedule s, List<String> ids) {
        List<Integer> all = all(s, ids);
        return all.stream().allMatch(s::placed) ? all : List.of();
    }
}
