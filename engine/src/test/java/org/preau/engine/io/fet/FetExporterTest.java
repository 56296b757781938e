package org.preau.engine.io.fet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.preau.engine.model.Teacher;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.Weight;
import org.preau.engine.model.WeekPattern;
import org.preau.engine.testing.FetCl;
import org.preau.engine.testing.TinySchool;

class FetExporterTest {

    @TempDir
    Path dir;

    /**
     * Weekly lessons with FET-style numeric ids and a constraint of each type FET can express, at a weight FET accepts
     * for it (the rules FET only generates with at 100 % are hard).
     */
    private static TimetableProblem expressibleProblem() {
        var w = Weight.soft(90);
        var martin = ResourceRef.teacher("MARTIN");
        var pupils = ResourceRef.students("4eA");
        TinySchool school = new TinySchool();
        for (int i = 1; i <= 6; i++) {
            school.add(new Lesson(Integer.toString(i), "Maths", i == 1 ? List.of("TP") : i == 2 ? List.of("Cours") : List.of(),
                    List.of(i <= 3 ? "MARTIN" : "DURAND"),
                    List.of(i <= 3 ? "4eA" : "4eB"), 1, i == 2 ? RoomRequirement.ofType("labo", 0) : RoomRequirement.NONE,
                    WeekPattern.EVERY_WEEK, i <= 3 ? "1" : "", i <= 3 ? i : 0));
        }
        List<Constraint> rules = List.of(
                new Unavailable(martin, Set.of(new Slot(0, 0)), Weight.HARD), new Unavailable(pupils, Set.of(new Slot(4, 7)), Weight.HARD),
                new Unavailable(ResourceRef.room("S2"), Set.of(new Slot(1, 1)), Weight.HARD),
                new PreferredStarts(List.of("4"), Set.of(new Slot(1, 2), new Slot(2, 2)), w),
                new PreferredSlots(List.of("5"), Set.of(new Slot(3, 0), new Slot(3, 1)), Weight.HARD),
                new MinDaysBetween(List.of("1", "2", "3"), 1, true, Weight.soft(95)), new MaxDaysBetween(List.of("4", "5"), 3, w),
                new MaxHoursDaily(pupils, 6, "", w), new MaxHoursDaily(martin, 1, "TP", Weight.HARD),
                new MinHoursDaily(martin, 2, true, Weight.HARD), new MaxHoursContinuously(pupils, 3, "", w),
                new MaxHoursContinuously(martin, 2, "TP", w), new MaxHoursDaily(pupils, 5, "Sport", w), // no lesson is tagged Sport new MaxGapsPerDay(martin, 1, Weight.HARD),
                new MaxGapsPerWeek(pupils, 2, Weight.HARD), new MaxDaysPerWeek(martin, 4, Weight.HARD),
                new MinDaysPerWeek(martin, 1, Weight.HARD), new IntervalMaxDaysPerWeek(martin, 5, 8, 2, Weight.HARD),
                new EarlyMaxBeginningsAtSecondHour(pupils, 1, Weight.HARD), new MaxSpanPerDay(martin, 6, true, Weight.HARD),
                new MaxSpanPerDay(pupils, 7, false, Weight.HARD), new MinRestingHours(martin, 2, true, Weight.HARD),
                new MinRestingHours(ResourceRef.students("4eB"), 1, false, Weight.HARD),
                new MinGapsBetweenTags(martin, "TP", "Cours", 1, Weight.HARD), new MinGapsBetweenTags(pupils, "Cours", "TP", 2, Weight.HARD),
                new MaxOccupiedSlots(List.of("4", "5"), Set.of(new Slot(0, 1), new Slot(0, 2), new Slot(1, 1)), 2, Weight.HARD),
                new MaxSimultaneousInSlots(List.of("1", "6"), Set.of(new Slot(2, 3), new Slot(3, 3)), 1, Weight.HARD),
                new MaxBuildingChangesPerDay(martin, 1, Weight.HARD), new MaxBuildingChangesPerWeek(pupils, 3, Weight.HARD),
                new MinGapsBetweenBuildingChanges(ResourceRef.students("4eB"), 1, Weight.HARD), new Pinned("6", new Slot(4, 0), ""),
                new OrderedIfSameDay("5", "4", w), new MinGapsBetween(List.of("4", "6"), 1, w),
                new MaxDifferentRooms(List.of("2", "3"), 1, Weight.HARD), new SameRoomIfConsecutive(List.of("2", "3"), Weight.HARD),
                new Consecutive("4", "5", w), new Ordered("5", "6", w), new Grouped(List.of("4", "6"), w),
                new SameStartingTime(List.of("1", "4"), w), new SameDay(List.of("2", "5"), w), new SameStartingPeriod(List.of("3", "6"), w),
                new NotOverlapping(List.of("1", "6"), Weight.HARD), new EndsStudentsDay(List.of("6"), Weight.HARD),
                new PreferredRooms(List.of("3"), Set.of("LABO", "S2"), w), new HomeRoom(ResourceRef.students("4eB"), Set.of("LABO"), w));
        rules.forEach(school::with);
        TimetableProblem p = school.problem();
        // FET knows teachers by name only: naming them by their ids lets constraints come back equal
        return new TimetableProblem(p.name(), p.week(), p.teachers().stream().map(t -> new Teacher(t.id(), t.id())).toList(),
                p.studentSets(), p.rooms(), p.lessons(), p.constraints());
    }

    private TimetableProblem roundTrip(TimetableProblem problem) throws Exception {
        Path file = dir.resolve("export.fet");
        Files.writeString(file, FetExporter.export(problem).xml());
        return FetImporter.read(file).problem();
    }

    @Test
    void softRulesFetOnlyAcceptsAt100PercentAreLeftOutAndNamed() {
        var martin = ResourceRef.teacher("MARTIN");
        TimetableProblem problem = new TinySchool().lesson("1", "MARTIN", "4eA", 1)
                .with(new MaxSpanPerDay(martin, 5, false, Weight.soft(80))).with(new MaxSpanPerDay(martin, 5, false, Weight.HARD))
                .with(new MaxDaysPerWeek(martin, 4, Weight.soft(80))).with(new MinHoursDaily(martin, 1, true, Weight.HARD)).problem();
        FetExport export = FetExporter.export(problem);
        assertThat(export.xml().split("<ConstraintTeacherMaxSpanPerDay>", -1)).hasSize(2);
        assertThat(export.xml()).doesNotContain("ConstraintTeacherMaxDaysPerWeek").doesNotContain("MinHoursDaily"); // 1 a day: trivial
        assertThat(export.notes()).containsExactlyInAnyOrder(
                "1 soft MaxDaysPerWeek (FET accepts it at 100% only) constraint(s) have no FET equivalent and were left out",
                "1 soft MaxSpanPerDay (FET accepts it at 100% only) constraint(s) have no FET equivalent and were left out");
    }

    @Test
    void fetClGeneratesFromAnExportWithEveryExpressibleType() throws Exception {
        FetExport export = FetExporter.export(expressibleProblem());
        Path file = dir.resolve("every-type.fet");
        Files.writeString(file, export.xml());
        String log = FetCl.run(file, dir.resolve("out-every-type"), 5);
        String timeList = export.xml().substring(0, export.xml().indexOf("<Space_Constraints_List>"));
        long timeConstraints = timeList.lines().filter(l -> l.matches("\\t*<Constraint\\w+>")).count();
        assertThat(log).contains("Added " + timeConstraints + " time constraints").contains("Starting timetable generation")
                .doesNotContain("Cannot optimize").doesNotContain("data is wrong");
    }

    @Test
    void exportThenImportGivesBackTheSameProblem() throws Exception {
        TimetableProblem problem = expressibleProblem();
        TimetableProblem back = roundTrip(problem);
        assertThat(back.lessons()).extracting(Lesson::id).containsExactlyElementsOf(problem.lessons().stream().map(Lesson::id).toList());
        assertThat(back.teachers()).isEqualTo(problem.teachers());
        assertThat(back.rooms()).extracting(r -> r.id() + "@" + r.building()).containsExactly("LABO@Sciences", "S2@Principal");
        assertThat(back.studentSets()).extracting(s -> s.id()).containsExactlyInAnyOrderElementsOf(
                problem.studentSets().stream().map(s -> s.id()).toList());
        assertThat(back.week().breaks()).isEqualTo(problem.week().breaks());
        List<Constraint> expected = new ArrayList<>(problem.constraints());
        expected.add(new PreferredRooms(List.of("2"), Set.of("LABO"), Weight.HARD)); // lesson 2's room requirement
        expected.replaceAll(c -> c instanceof Pinned p ? new PreferredStarts(List.of(p.lessonId()), Set.of(p.start()), Weight.HARD) : c);
        assertThat(back.constraints()).containsExactlyInAnyOrderElementsOf(expected); // a pin is read back as a 100% start
        assertThat(FetExporter.export(problem).notes()).isEmpty();
    }

    @Test
    void anActivitysOwnNumberOfPupilsIsWrittenAndReadBack() throws Exception {
        TimetableProblem problem = new TinySchool().add(new Lesson("1", "Maths", List.of(), List.of("MARTIN"), List.of("4eA"), 1,
                new RoomRequirement(false, Set.of(), "", 60), WeekPattern.EVERY_WEEK, "", 0)).problem();
        assertThat(roundTrip(problem).lessons().getFirst().room()).isEqualTo(new RoomRequirement(false, Set.of(), "", 60));
    }

    @Test
    void semaineABHalvesTakingTurnsBecomeOneActivityAndTheRestIsNoted() throws Exception {
        TimetableProblem college = SchoolGenerator.generate(SchoolGenerator.Kind.COLLEGE, 110, 1);
        FetExport export = FetExporter.export(college);
        long activities = export.activityOfLesson().values().stream().distinct().count();
        long halves = college.lessons().stream().filter(l -> l.weeks().equals(WeekPattern.WEEK_B) && l.studentSetIds().get(0).endsWith("-G2")).count();
        assertThat(activities).isEqualTo(college.lessons().size() - halves);
        assertThat(export.notes()).anyMatch(n -> n.contains("merged")).anyMatch(n -> n.contains("became weekly"))
                .anyMatch(n -> n.contains("soft MaxGapsPerDay (FET accepts it at 100% only)"));
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
