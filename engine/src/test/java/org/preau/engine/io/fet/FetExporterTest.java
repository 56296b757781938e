package org.preau.engine.io.fet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.engine.generate.SchoolGenerator;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.*;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.Slot;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.Weight;
import org.preau.engine.model.WeekPattern;
import org.preau.engine.testing.FetCl;
import org.preau.engine.testing.TinySchool;

class FetExporterTest {

    @TempDir
    Path dir;

    /** Weekly lessons with FET-style numeric ids and a constraint of each type FET can express. */
    private static TimetableProblem expressibleProblem() {
        var w = Weight.soft(90);
        var martin = ResourceRef.teacher("MARTIN");
        var pupils = ResourceRef.students("4eA");
        TinySchool school = new TinySchool();
        for (int i = 1; i <= 6; i++) {
            school.add(new Lesson(Integer.toString(i), "Maths", i == 1 ? List.of("TP") : List.of(), List.of(i <= 3 ? "MARTIN" : "DURAND"),
                    List.of(i <= 3 ? "4eA" : "4eB"), 1, i == 2 ? RoomRequirement.ofType("labo", 0) : RoomRequirement.NONE,
                    WeekPattern.EVERY_WEEK, i <= 3 ? "1" : "", i <= 3 ? i : 0));
        }
        List<Constraint> rules = List.of(
                new Unavailable(martin, Set.of(new Slot(0, 0)), Weight.HARD), new Unavailable(pupils, Set.of(new Slot(4, 7)), w),
                new Unavailable(ResourceRef.room("S2"), Set.of(new Slot(1, 1)), Weight.HARD),
                new PreferredStarts(List.of("4"), Set.of(new Slot(1, 2), new Slot(2, 2)), w),
                new PreferredSlots(List.of("5"), Set.of(new Slot(3, 0), new Slot(3, 1)), Weight.HARD),
                new MinDaysBetween(List.of("1", "2", "3"), 1, true, Weight.soft(95)), new MaxDaysBetween(List.of("4", "5"), 3, w),
                new MaxHoursDaily(pupils, 6, "", w), new MaxHoursDaily(martin, 1, "TP", Weight.HARD), new MinHoursDaily(martin, 1, true, w),
                new MaxHoursContinuously(pupils, 3, "", Weight.HARD), new MaxGapsPerDay(martin, 1, Weight.HARD),
                new MaxGapsPerWeek(pupils, 2, Weight.HARD), new MaxDaysPerWeek(martin, 4, w), new MinDaysPerWeek(martin, 2, w),
                new IntervalMaxDaysPerWeek(martin, 5, 8, 2, w), new EarlyMaxBeginningsAtSecondHour(pupils, 1, Weight.HARD),
                new Consecutive("4", "5", w), new Ordered("5", "6", w), new Grouped(List.of("4", "6"), w),
                new SameStartingTime(List.of("1", "4"), w), new SameDay(List.of("2", "5"), w), new SameStartingPeriod(List.of("3", "6"), w),
                new NotOverlapping(List.of("1", "6"), Weight.HARD), new EndsStudentsDay(List.of("6"), w),
                new PreferredRooms(List.of("3"), Set.of("LABO", "S2"), w), new HomeRoom(ResourceRef.students("4eB"), Set.of("S2"), w));
        rules.forEach(school::with);
        return school.problem();
    }

    private static Map<String, Long> countsByType(List<Constraint> constraints) {
        Map<String, Long> counts = new TreeMap<>();
        constraints.forEach(c -> counts.merge(c.getClass().getSimpleName(), 1L, Long::sum));
        return counts;
    }

    private TimetableProblem roundTrip(TimetableProblem problem) throws Exception {
        Path file = dir.resolve("export.fet");
        Files.writeString(file, FetExporter.export(problem).xml());
        return FetImporter.read(file).problem();
    }

    @Test
    void exportThenImportGivesTheSameCounts() throws Exception {
        TimetableProblem problem = expressibleProblem();
        TimetableProblem back = roundTrip(problem);
        assertThat(back.lessons()).extracting(Lesson::id).containsExactlyElementsOf(problem.lessons().stream().map(Lesson::id).toList());
        assertThat(back.teachers()).hasSameSizeAs(problem.teachers());
        assertThat(back.rooms()).hasSameSizeAs(problem.rooms());
        assertThat(back.studentSets()).extracting(s -> s.id()).containsExactlyInAnyOrderElementsOf(
                problem.studentSets().stream().map(s -> s.id()).toList());
        assertThat(back.week().breaks()).isEqualTo(problem.week().breaks());
        Map<String, Long> expected = countsByType(problem.constraints());
        expected.merge("PreferredRooms", 1L, Long::sum); // lesson 2's room requirement
        assertThat(countsByType(back.constraints())).isEqualTo(expected);
        assertThat(FetExporter.export(problem).notes()).isEmpty();
    }

    @Test
    void semaineABHalvesTakingTurnsBecomeOneActivityAndTheRestIsNoted() throws Exception {
        TimetableProblem college = SchoolGenerator.generate(SchoolGenerator.Kind.COLLEGE, 110, 1);
        FetExport export = FetExporter.export(college);
        long activities = export.activityOfLesson().values().stream().distinct().count();
        long halves = college.lessons().stream().filter(l -> l.weeks().equals(WeekPattern.WEEK_B) && l.studentSetIds().get(0).endsWith("-G2")).count();
        assertThat(activities).isEqualTo(college.lessons().size() - halves);
        assertThat(export.notes()).anyMatch(n -> n.contains("merged")).anyMatch(n -> n.contains("became weekly"))
                .anyMatch(n -> n.contains("max gaps at 100% only"));
        TimetableProblem back = roundTrip(college);
        assertThat(back.lessons()).hasSize((int) activities);
        assertThat(back.teachers()).hasSameSizeAs(college.teachers());
        assertThat(back.rooms()).hasSameSizeAs(college.rooms());
        assertThat(back.studentSets()).hasSameSizeAs(college.studentSets());
    }

    @Test
    void fetClReadsAnExportedCollege() throws Exception {
        TimetableProblem college = SchoolGenerator.generate(SchoolGenerator.Kind.COLLEGE, 110, 1);
        FetExport export = FetExporter.export(college);
        Path file = dir.resolve("college.fet");
        Files.writeString(file, export.xml());
        String log = FetCl.run(file, dir.resolve("out"), 20);
        long activities = export.activityOfLesson().values().stream().distinct().count();
        assertThat(log).doesNotContainIgnoringCase("cannot read").contains("Added " + activities + " activities")
                .contains("Added " + college.teachers().size() + " teachers");
    }
}
