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

    static final int MAX_RULES = 40;

    /**
     * @param solved    the solver's best timetable, as found
     * @param published what is kept for publication (conflicting lessons taken out)
     * @param broken    the checker's French explanations of the hard rules {@code solved} breaks
     */
    String explain(ProblemBuilder.Built built, Solving.Outcome solved, Solving.Outcome published, List<String> broken,
                   Names names) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(java.util.Locale.FRENCH,
                "Le calcul a placé %d cours sur %d, en enfreignant %d fois des règles impératives.",
                solved.placed(), solved.lessons(), solved.hardViolations() - (solved.lessons() - solved.placed())));
        if (!broken.isEmpty()) {
            lines.add("Règles impératives enfreintes par la meilleure solution trouvée :");
            broken.stream().limit(MAX_RULES).map(names::humanise).forEach(b -> lines.add("• " + b));
            if (broken.size() > MAX_RULES) {
                lines.add("• … et " + (broken.size() - MAX_RULES) + " autres.");
            }
        }
        lines.add(String.format(java.util.Locale.FRENCH,
                "Pour publier un emploi du temps sans conflit, %d cours en conflit ont été retirés : %d cours sur %d sont publiés.",
                solved.placed() - published.placed(), published.placed(), published.lessons()));
        Solving.Outcome outcome = published;
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
