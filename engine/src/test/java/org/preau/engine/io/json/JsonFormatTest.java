package org.preau.engine.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.*;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.Slot;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.Weight;
import org.preau.engine.model.WeekPattern;
import org.preau.engine.testing.TinySchool;

class JsonFormatTest {

    private static final Weight SOFT = Weight.soft(87.5);

    /** One constraint of every type of the model, so that a new type without JSON support fails here. */
    static List<Constraint> oneOfEachType() {
        var t = ResourceRef.teacher("MARTIN");
        var s = ResourceRef.students("4eA");
        var both = List.of("L1", "L2");
        List<Constraint> all = new ArrayList<>(List.of(
                new Unavailable(ResourceRef.room("S2"), Set.of(new Slot(2, 5), new Slot(2, 6)), Weight.HARD),
                new PreferredStarts(List.of("L1"), Set.of(new Slot(0, 0)), SOFT),
                new PreferredSlots(both, Set.of(new Slot(1, 1)), Weight.HARD),
                new Pinned("L3", new Slot(4, 7), "LABO"),
                new MinDaysBetween(both, 2, true, SOFT), new MaxDaysBetween(both, 3, Weight.HARD),
                new MaxHoursDaily(s, 6, "TP", SOFT), new MinHoursDaily(t, 2, true, Weight.HARD),
                new MaxHoursContinuously(t, 3, "", SOFT), new MaxGapsPerDay(s, 1, Weight.HARD),
                new MaxGapsPerWeek(t, 4, SOFT), new MaxDaysPerWeek(t, 4, Weight.HARD), new MinDaysPerWeek(t, 2, SOFT),
                new IntervalMaxDaysPerWeek(t, 5, 8, 2, SOFT), new EarlyMaxBeginningsAtSecondHour(s, 1, Weight.HARD),
                new Consecutive("L1", "L2", SOFT), new Ordered("L2", "L3", Weight.HARD), new Grouped(both, SOFT),
                new SameStartingTime(both, Weight.HARD), new SameDay(both, SOFT), new SameStartingPeriod(both, SOFT),
                new NotOverlapping(both, Weight.HARD), new EndsStudentsDay(List.of("L3"), SOFT), new MinGapsBetween(both, 1, SOFT), new MaxDifferentRooms(both, 1, Weight.HARD), new SameRoomIfConsecutive(both, SOFT), new MaxSpanPerDay(ResourceRef.teacher("MARTIN"), 5, true, Weight.HARD),
                new MinRestingHours(ResourceRef.students("4eA"), 3, true, SOFT), new OrderedIfSameDay("L1", "L3", SOFT),
                new MinGapsBetweenTags(ResourceRef.teacher("MARTIN"), "TP", "cours", 1, Weight.HARD),
                new MaxOccupiedSlots(both, Set.of(new Slot(0, 0), new Slot(1, 2)), 1, Weight.HARD),
                new MaxSimultaneousInSlots(both, Set.of(new Slot(0, 0)), 1, SOFT),
                new MaxBuildingChangesPerDay(ResourceRef.teacher("MARTIN"), 1, SOFT),
                new MaxBuildingChangesPerWeek(ResourceRef.teacher("MARTIN"), 3, Weight.HARD),
                new MinGapsBetweenBuildingChanges(ResourceRef.students("4eA"), 1, Weight.HARD),
                new PreferredRooms(List.of("L1"), Set.of("LABO", "S2"), SOFT),
                new HomeRoom(ResourceRef.students("4eB"), Set.of("S2"), Weight.HARD)));
        return all;
    }

    static TimetableProblem richProblem() {
        var school = new TinySchool()
                .add(new Lesson("L1", "SVT", List.of("TP"), List.of("MARTIN"), List.of("4eA1"), 2,
                        RoomRequirement.ofType("labo", 12), WeekPattern.WEEK_A, "svt", 1))
                .add(new Lesson("L2", "SVT", List.of(), List.of("MARTIN", "DURAND"), List.of("4eA2", "4eB"), 1,
                        RoomRequirement.anyOf(Set.of("LABO", "S2")), WeekPattern.WEEK_B, "svt", 2))
                .add(new Lesson("L3", "Latin", List.of(), List.of("DURAND"), List.of("4e"), 1, RoomRequirement.NONE,
                        new WeekPattern("every third week", 3, Set.of(0, 2)), "", 0));
        oneOfEachType().forEach(school::with);
        return school.problem();
    }

    @Test
    void everyConstraintTypeHasAnExample() {
        assertThat(oneOfEachType()).extracting(c -> c.getClass().getSimpleName())
                .containsExactlyInAnyOrderElementsOf(JsonConstraints.TYPES.keySet());
    }

    @Test
    void problemSurvivesARoundTrip(@TempDir Path dir) {
        TimetableProblem problem = richProblem();
        Path file = dir.resolve("p.json");
        JsonFormat.writeProblem(problem, file);
        TimetableProblem back = JsonFormat.readProblem(file);
        assertThat(back).isEqualTo(problem);
        assertThat(JsonFormat.problemToString(back)).isEqualTo(JsonFormat.problemToString(problem));
    }

    @Test
    void solutionSurvivesARoundTrip(@TempDir Path dir) {
        var timetable = new TinySchool().lesson("L1", "MARTIN", "4eA", 1).lesson("L2", "DURAND", "4eB", 1)
                .at("L1", 1, 2, "S2").at("L2", 4, 7).timetable();
        Path file = dir.resolve("s.json");
        JsonFormat.writeSolution(timetable, file);
        assertThat(JsonFormat.readSolution(file, timetable.problem())).isEqualTo(timetable);
    }

    @Test
    void unknownTeacherIsReportedWithItsJsonPath() {
        String json = JsonFormat.problemToString(new TinySchool().lesson("L1", "MARTIN", "4eA", 1).problem())
                .replace("\"MARTIN\" ]", "\"NOBODY\" ]");
        assertThatThrownBy(() -> JsonFormat.parseProblem(json, "p.json"))
                .isInstanceOf(JsonFormatException.class)
                .hasMessage("p.json: $.lessons[0].teachers[0]: unknown teacher 'NOBODY'");
    }

    @Test
    void constraintErrorsNameTheirPath() {
        String base = JsonFormat.problemToString(new TinySchool().lesson("L1", "MARTIN", "4eA", 1).problem());
        String unknownType = base.replace("\"constraints\" : [ ]", "\"constraints\" : [ {\"type\": \"MaxFun\"} ]");
        assertThatThrownBy(() -> JsonFormat.parseProblem(unknownType, "p.json"))
                .hasMessageStartingWith("p.json: $.constraints[0].type: unknown constraint type 'MaxFun'");
        String badSlot = base.replace("\"constraints\" : [ ]",
                "\"constraints\" : [ {\"type\": \"Pinned\", \"lessonId\": \"L1\", \"start\": {\"day\": 9, \"period\": 0}} ]");
        assertThatThrownBy(() -> JsonFormat.parseProblem(badSlot, "p.json"))
                .hasMessage("p.json: $.constraints[0].start.day: day 9 is outside the week (0-4)");
        String missing = base.replace("\"constraints\" : [ ]", "\"constraints\" : [ {\"type\": \"MaxGapsPerDay\", \"max\": 1} ]");
        assertThatThrownBy(() -> JsonFormat.parseProblem(missing, "p.json"))
                .hasMessage("p.json: $.constraints[0].resource: is missing");
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> JsonFormat.parseProblem("{\n \"name\": \"x\",\n oops }", "p.json"))
                .isInstanceOf(JsonFormatException.class).hasMessageStartingWith("p.json:3:");
    }

    @Test
    void solutionPlacingAnUnknownLessonIsRejected(@TempDir Path dir) throws Exception {
        var problem = new TinySchool().lesson("L1", "MARTIN", "4eA", 1).problem();
        Path file = dir.resolve("s.json");
        Files.writeString(file, "{\"placements\": [{\"lesson\": \"L1\", \"day\": 0, \"period\": 0}, {\"lesson\": \"X\", \"day\": 0, \"period\": 1}]}");
        assertThatThrownBy(() -> JsonFormat.readSolution(file, problem))
                .hasMessage(file + ": $.placements[1].lesson: unknown lesson 'X'");
    }
}
