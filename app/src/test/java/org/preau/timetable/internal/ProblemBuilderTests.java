package org.preau.timetable.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.Slot;
import org.preau.engine.model.StudentSet;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.WeekPattern;
import org.preau.timetable.internal.SchoolInput.AssignmentIn;
import org.preau.timetable.internal.SchoolInput.DivisionIn;
import org.preau.timetable.internal.SchoolInput.GroupIn;
import org.preau.timetable.internal.SchoolInput.PinIn;
import org.preau.timetable.internal.SchoolInput.RoomIn;
import org.preau.timetable.internal.SchoolInput.TeacherIn;
import org.preau.timetable.internal.SchoolInput.WishIn;

class ProblemBuilderTests {

    private final UUID level4 = UUID.randomUUID();
    private final UUID a = UUID.randomUUID(), b = UUID.randomUUID(), c = UUID.randomUUID(), d = UUID.randomUUID();
    private final DivisionIn d4a = new DivisionIn(UUID.randomUUID(), "4e A", level4, Set.of(a, b));
    private final DivisionIn d4b = new DivisionIn(UUID.randomUUID(), "4e B", level4, Set.of(c, d));
    private final GroupIn espagnol = new GroupIn(UUID.randomUUID(), "4e Espagnol", "LV2", level4, null, Set.of(a, c));
    private final GroupIn allemand = new GroupIn(UUID.randomUUID(), "4e Allemand", "LV2", level4, null, Set.of(b, d));
    private final GroupIn demi1 = new GroupIn(UUID.randomUUID(), "4e A gr1", "DEMI_GROUPE", level4, d4a.id(), Set.of(a));
    private final GroupIn demi2 = new GroupIn(UUID.randomUUID(), "4e A gr2", "DEMI_GROUPE", level4, d4a.id(), Set.of(b));
    private final UUID prof1 = UUID.randomUUID(), prof2 = UUID.randomUUID(), prof3 = UUID.randomUUID();

    private AssignmentIn teach(UUID teacher, String subject, DivisionIn division, int halfHours) {
        return new AssignmentIn(UUID.randomUUID(), teacher, UUID.randomUUID(), subject, division.id(), null, halfHours);
    }

    private AssignmentIn teach(UUID teacher, String subject, GroupIn group, int halfHours) {
        return new AssignmentIn(UUID.randomUUID(), teacher, UUID.randomUUID(), subject, null, group.id(), halfHours);
    }

    private TimetableProblem build(List<AssignmentIn> assignments, List<WishIn> wishes, List<PinIn> pins) {
        SchoolInput input = new SchoolInput(DayStructure.typicalCollege(),
                List.of(new TeacherIn(prof1, "Mme Un"), new TeacherIn(prof2, "M. Deux"), new TeacherIn(prof3, "Mme Trois")),
                List.of(new RoomIn(UUID.randomUUID(), "101", "CLASSROOM", 30), new RoomIn(UUID.randomUUID(), "Gymnase", "GYM", 60),
                        new RoomIn(UUID.randomUUID(), "Labo 1", "LAB", 28)),
                List.of(d4a, d4b), List.of(espagnol, allemand, demi1, demi2), assignments, wishes, pins);
        return ProblemBuilder.build("test", input).problem();
    }

    private static boolean clash(TimetableProblem problem, String set1, String set2) {
        Map<String, StudentSet> sets = problem.studentSets().stream().collect(Collectors.toMap(StudentSet::id, s -> s));
        return sets.get(set1).subgroupIds().stream().anyMatch(sets.get(set2).subgroupIds()::contains);
    }

    @Test
    void aDivisionClashesWithItsGroupsAndTheLv2GroupsOfItsPupils() {
        TimetableProblem problem = build(List.of(), List.of(), List.of());
        String division = StudentAtoms.divisionSet(d4a.id());
        assertThat(clash(problem, division, StudentAtoms.groupSet(demi1.id()))).isTrue();
        assertThat(clash(problem, division, StudentAtoms.groupSet(espagnol.id()))).isTrue();
        assertThat(clash(problem, division, StudentAtoms.groupSet(allemand.id()))).isTrue();
        assertThat(clash(problem, StudentAtoms.groupSet(espagnol.id()), StudentAtoms.groupSet(demi1.id()))).isTrue();
    }

    @Test
    void groupsWithoutCommonPupilsAndOtherDivisionsDoNotClash() {
        TimetableProblem problem = build(List.of(), List.of(), List.of());
        assertThat(clash(problem, StudentAtoms.groupSet(demi1.id()), StudentAtoms.groupSet(demi2.id()))).isFalse();
        assertThat(clash(problem, StudentAtoms.groupSet(espagnol.id()), StudentAtoms.groupSet(allemand.id()))).isFalse();
        assertThat(clash(problem, StudentAtoms.divisionSet(d4a.id()), StudentAtoms.divisionSet(d4b.id()))).isFalse();
        assertThat(clash(problem, StudentAtoms.groupSet(demi2.id()), StudentAtoms.groupSet(espagnol.id()))).isFalse();
    }

    @Test
    void aHalfHourBecomesALessonEveryOtherWeekAlternatingAAndBInADivision() {
        TimetableProblem problem = build(List.of(teach(prof1, "FRA", d4a, 9), teach(prof2, "SVT", d4a, 3),
                teach(prof3, "PC", d4a, 3)), List.of(), List.of());
        Map<String, List<Lesson>> bySubject = problem.lessons().stream().collect(Collectors.groupingBy(Lesson::subject));
        assertThat(bySubject.get("FRA")).hasSize(5);
        assertThat(bySubject.get("FRA").stream().filter(l -> l.weeks().isEveryWeek())).hasSize(4);
        assertThat(bySubject.get("FRA").stream().filter(l -> l.weeks().equals(WeekPattern.WEEK_A))).hasSize(1);
        WeekPattern svt = bySubject.get("SVT").stream().filter(l -> !l.weeks().isEveryWeek()).findFirst().orElseThrow().weeks();
        WeekPattern pc = bySubject.get("PC").stream().filter(l -> !l.weeks().isEveryWeek()).findFirst().orElseThrow().weeks();
        assertThat(Set.of(svt, pc)).containsExactlyInAnyOrder(WeekPattern.WEEK_A, WeekPattern.WEEK_B);
        assertThat(svt.sharesAWeekWith(pc)).isFalse();
    }

    @Test
    void theLv2GroupsOfALevelAreAlignedLessonByLesson() {
        TimetableProblem problem = build(List.of(teach(prof1, "ESP", espagnol, 5), teach(prof2, "ALL", allemand, 5)),
                List.of(), List.of());
        List<Constraint.SameStartingTime> alignments = problem.constraints().stream()
                .filter(Constraint.SameStartingTime.class::isInstance).map(Constraint.SameStartingTime.class::cast).toList();
        assertThat(alignments).hasSize(3).allSatisfy(al -> {
            assertThat(al.weight().isHard()).isTrue();
            assertThat(al.lessonIds()).hasSize(2);
            assertThat(al.lessonIds().stream().map(id -> lesson(problem, id).subject())).containsExactlyInAnyOrder("ESP", "ALL");
            assertThat(al.lessonIds().stream().map(id -> lesson(problem, id).weeks()).distinct()).hasSize(1);
        });
    }

    @Test
    void subjectsAskForTheirKindOfRoomAndWednesdayAfternoonIsClosed() {
        TimetableProblem problem = build(List.of(teach(prof1, "EPS", d4a, 6), teach(prof2, "SVT", d4b, 3),
                teach(prof3, "HG", d4b, 6)), List.of(), List.of());
        assertThat(problem.lessons()).allSatisfy(l -> assertThat(l.room().roomType())
                .isEqualTo(switch (l.subject()) { case "EPS" -> "GYM"; case "SVT" -> "LAB"; default -> "CLASSROOM"; }));
        assertThat(problem.week().breaks()).contains(new Slot(2, 4), new Slot(2, 5), new Slot(2, 6))
                .doesNotContain(new Slot(2, 3));
    }

    @Test
    void unavailabilitiesAreHardWishesSoftAndPinsFixTheirLesson() {
        AssignmentIn maths = teach(prof1, "MATHS", d4a, 7);
        TimetableProblem problem = build(List.of(maths), List.of(new WishIn(prof1, DayOfWeek.MONDAY, 1, true),
                new WishIn(prof1, DayOfWeek.FRIDAY, 7, false)), List.of(new PinIn(maths.id() + "-2", DayOfWeek.TUESDAY, 3, null)));
        List<Constraint.Unavailable> unavailable = problem.constraints().stream()
                .filter(Constraint.Unavailable.class::isInstance).map(Constraint.Unavailable.class::cast).toList();
        assertThat(unavailable).anySatisfy(u -> {
            assertThat(u.weight().isHard()).isTrue();
            assertThat(u.slots()).containsExactly(new Slot(0, 0));
        }).anySatisfy(u -> {
            assertThat(u.weight().isHard()).isFalse();
            assertThat(u.slots()).containsExactly(new Slot(4, 6));
        });
        assertThat(problem.constraints()).contains(new Constraint.Pinned(maths.id() + "-2", new Slot(1, 2), ""));
    }

    private static Lesson lesson(TimetableProblem problem, String id) {
        return problem.lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }
}
