package org.preau.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preau.engine.check.TimetableChecker;
import org.preau.engine.generate.SchoolGenerator.Kind;
import org.preau.engine.io.json.JsonFormat;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.StudentSet;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.solve.SolveOptions;
import org.preau.engine.solve.TimetableSolver;

class SchoolGeneratorTest {

    private static final TimetableProblem COLLEGE = SchoolGenerator.generate(Kind.COLLEGE, 650, 7);
    private static final TimetableProblem LYCEE = SchoolGenerator.generate(Kind.LYCEE, 1500, 7);

    /** Weekly half hours a subgroup attends, counting semaine A/B lessons as half. */
    private static Map<String, Integer> halfHoursByAtom(TimetableProblem p) {
        Map<String, StudentSet> sets = new HashMap<>();
        p.studentSets().forEach(s -> sets.put(s.id(), s));
        Map<String, Integer> halfHours = new HashMap<>();
        for (Lesson l : p.lessons()) {
            Set<String> atoms = new HashSet<>();
            l.studentSetIds().forEach(s -> atoms.addAll(sets.get(s).subgroupIds()));
            int h = l.duration() * (l.weeks().isEveryWeek() ? 2 : 1);
            atoms.forEach(a -> halfHours.merge(a, h, Integer::sum));
        }
        return halfHours;
    }

    @Test
    void everyCollegePupilHasTheNationalHoursOfTheirLevel() {
        int[] expected = new int[4];
        CollegeGenerator.HOURS.values().forEach(h -> {
            for (int level = 0; level < 4; level++) {
                expected[level] += h[level];
            }
        });
        assertThat(expected).containsExactly(52, 52, 52, 52);
        halfHoursByAtom(COLLEGE).forEach((atom, halfHours) -> {
            int level = List.of(CollegeGenerator.LEVELS).indexOf(atom.substring(0, 2));
            assertThat(halfHours).as(atom).isEqualTo(expected[level]);
        });
    }

    @Test
    void collegeHasAboutTwentySixPupilsPerDivisionAndTeachersAroundEighteenHours() {
        var divisions = COLLEGE.studentSets().stream()
                .filter(s -> s.kind() == StudentSet.Kind.GROUP && s.id().matches("[3-6]e[A-Z]")).toList();
        assertThat(divisions).hasSize(24);
        assertThat(divisions).allSatisfy(d -> assertThat(d.size()).isBetween(25, 29));
        Map<String, Integer> load = new HashMap<>();
        for (Lesson l : COLLEGE.lessons()) {
            l.teacherIds().forEach(t -> load.merge(t, l.duration() * (l.weeks().isEveryWeek() ? 2 : 1), Integer::sum));
        }
        assertThat(COLLEGE.lessons()).allSatisfy(l -> assertThat(l.teacherIds()).hasSize(1));
        assertThat(load.values()).allSatisfy(h -> assertThat(h).isLessThanOrEqualTo(Staff.FULL_SERVICE_HALF_HOURS));
        Set<String> partTimers = new HashSet<>();
        COLLEGE.constraints().forEach(c -> {
            if (c instanceof Constraint.Unavailable u) {
                partTimers.add(u.resource().id());
            }
        });
        for (String subject : List.of("Français", "Mathématiques", "Anglais", "Histoire-géographie-EMC")) {
            long underSixteen = COLLEGE.teachers().stream()
                    .filter(t -> t.name().endsWith("(" + subject + ")") && !partTimers.contains(t.id()))
                    .filter(t -> load.get(t.id()) < 32).count();
            assertThat(underSixteen).as("full-time %s teachers under 16 h", subject).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void alignmentsJoinLessonsOfDifferentTeachersAndDisjointPupilsOrWeeks() {
        Map<String, Lesson> lessons = new HashMap<>();
        LYCEE.lessons().forEach(l -> lessons.put(l.id(), l));
        COLLEGE.lessons().forEach(l -> lessons.put("C" + l.id(), l));
        checkAlignments(COLLEGE, id -> lessons.get("C" + id));
        checkAlignments(LYCEE, lessons::get);
    }

    private static void checkAlignments(TimetableProblem p, java.util.function.Function<String, Lesson> lesson) {
        Map<String, StudentSet> sets = new HashMap<>();
        p.studentSets().forEach(s -> sets.put(s.id(), s));
        var alignments = p.constraints().stream().filter(c -> c instanceof Constraint.SameStartingTime)
                .map(c -> ((Constraint.SameStartingTime) c).lessonIds()).toList();
        assertThat(alignments).isNotEmpty();
        for (List<String> ids : alignments) {
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    Lesson a = lesson.apply(ids.get(i));
                    Lesson b = lesson.apply(ids.get(j));
                    assertThat(a.duration()).isEqualTo(b.duration());
                    if (a.weeks().sharesAWeekWith(b.weeks())) {
                        assertThat(a.teacherIds()).as(ids.toString()).doesNotContainAnyElementsOf(b.teacherIds());
                        Set<String> atoms = new HashSet<>();
                        a.studentSetIds().forEach(s -> atoms.addAll(sets.get(s).subgroupIds()));
                        b.studentSetIds().forEach(s -> assertThat(sets.get(s).subgroupIds()).doesNotContainAnyElementsOf(atoms));
                    }
                }
            }
        }
    }

    @Test
    void lyceePupilsTakeThreeSpecialitesIn1reAndTwoInTerminale() {
        Map<String, Set<String>> specialitesByAtom = new HashMap<>();
        Map<String, StudentSet> sets = new HashMap<>();
        LYCEE.studentSets().forEach(s -> sets.put(s.id(), s));
        for (Lesson l : LYCEE.lessons()) {
            for (String set : l.studentSetIds()) {
                if (set.contains("spécialités")) {
                    sets.get(set).subgroupIds().forEach(a -> specialitesByAtom.computeIfAbsent(a, k -> new HashSet<>()).add(set));
                }
            }
        }
        specialitesByAtom.forEach((atom, groups) -> assertThat(groups).as(atom).hasSize(atom.startsWith("1re") ? 3 : 2));
        assertThat(specialitesByAtom.keySet()).anyMatch(a -> a.startsWith("1re")).anyMatch(a -> a.startsWith("Tle"));
    }

    @Test
    void sameSeedSameSchoolOtherSeedOtherSchool() {
        String again = JsonFormat.problemToString(SchoolGenerator.generate(Kind.COLLEGE, 650, 7));
        assertThat(again).isEqualTo(JsonFormat.problemToString(COLLEGE));
        assertThat(JsonFormat.problemToString(SchoolGenerator.generate(Kind.COLLEGE, 650, 8))).isNotEqualTo(again);
    }

    @Test
    void generatedProblemsSurviveTheJsonRoundTrip() {
        assertThat(JsonFormat.parseProblem(JsonFormat.problemToString(LYCEE), "lycee.json")).isEqualTo(LYCEE);
    }

    @Test
    void solverMakesASmallCollegeFeasible() {
        TimetableProblem small = SchoolGenerator.generate(Kind.COLLEGE, 110, 3);
        var result = TimetableSolver.solve(small, SolveOptions.of(Duration.ofSeconds(60)).untilFeasible(true));
        var report = TimetableChecker.check(result.timetable());
        assertThat(report.violations().stream().filter(v -> v.hard()).map(v -> v.english()).toList()).isEmpty();
        assertThat(result.isComplete()).isTrue();
    }
}
