package org.preau.timetable.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.preau.engine.model.Placement;
import org.springframework.stereotype.Component;

/**
 * Why a timetable is not complete, in plain French: which lessons could not be placed and which hard rules are
 * broken, with the school's names.
 */
@Component
class Explanations {

    String explain(ProblemBuilder.Built built, Solving.Outcome outcome, Names names) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(java.util.Locale.FRENCH, "%d cours placés sur %d ; %d contrainte(s) impérative(s) non respectée(s).",
                outcome.placed(), outcome.lessons(), outcome.hardViolations()));
        Set<String> placed = outcome.timetable().placements().stream().map(Placement::lessonId)
                .collect(Collectors.toCollection(HashSet::new));
        Map<String, Integer> unplacedByTarget = new LinkedHashMap<>();
        for (ProblemBuilder.LessonSource source : built.lessons().values()) {
            if (!placed.contains(source.key())) {
                var a = source.assignment();
                String target = a.divisionId() != null ? names.name(StudentAtoms.divisionSet(a.divisionId()))
                        : names.name(StudentAtoms.groupSet(a.groupId()));
                unplacedByTarget.merge(names.name("subject:" + a.subjectCode()) + " de " + target + " avec "
                        + names.name(a.teacherId().toString()), 1, Integer::sum);
            }
        }
        unplacedByTarget.forEach((what, count) -> lines.add("Cours non placé" + (count > 1 ? "s" : "") + " : "
                + count + " × " + what + "."));
        return String.join("\n", lines);
    }
}
