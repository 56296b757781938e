package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.engine.testing.TimefoldScores.SCORE;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.MaxBuildingChangesPerDay;
import org.preau.engine.model.Constraint.MaxBuildingChangesPerWeek;
import org.preau.engine.model.Constraint.MinGapsBetweenBuildingChanges;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.WeekPattern;
import org.preau.engine.model.Weight;

/** The fast phase counts hard building rules as Timefold does when each lesson's rooms lie in one building. */
class FastBuildingRulesTest {

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(new MinGapsBetweenBuildingChanges(ResourceRef.teacher("T1"), 1, Weight.HARD)),
                Arguments.of(new MaxBuildingChangesPerDay(ResourceRef.teacher("T1"), 1, Weight.HARD)),
                Arguments.of(new MaxBuildingChangesPerWeek(ResourceRef.teacher("T1"), 2, Weight.HARD)));
    }

    /**
     * T1 teaches ten lessons, each in a room of its own: N0-N4 in "North", S0-S4 in "South", two lessons of two
     * periods; n1 may take N1 or N5, both in North and used by no other lesson.
     */
    private static Scenario tenLessonsOfT1(Constraint rule) {
        Scenario scenario = new Scenario().rule(rule).room("N5", "North");
        for (int i = 0; i < 5; i++) {
            scenario.room("N" + i, "North").room("S" + i, "South");
        }
        for (int i = 0; i < 5; i++) {
            scenario.lesson(lessonOfT1("n" + i, i == 0 ? 2 : 1, i == 1 ? Set.of("N1", "N5") : Set.of("N" + i)));
            scenario.lesson(lessonOfT1("s" + i, i == 0 ? 2 : 1, Set.of("S" + i)));
        }
        return scenario;
    }

    private static Lesson lessonOfT1(String id, int duration, Set<String> rooms) {
        return new Lesson(id, "Maths", List.of(), List.of("T1"), List.of(), duration, RoomRequirement.anyOf(rooms),
                WeekPattern.EVERY_WEEK, "", 0);
    }

    /** Timefold's hard count, each booking in its first candidate room (no two lessons share a room). */
    private static long timefoldHard(TimetableSolution solution) {
        for (RoomBooking booking : solution.bookings()) {
            booking.setRoom(booking.getCandidates().getFirst());
        }
        return -SCORE.update(solution).hardScore();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void randomTimetablesAreCountedAsTimefoldCountsThem(Constraint rule) {
        Random random = new Random(rule.getClass().getSimpleName().hashCode());
        CompiledProblem compiled = tenLessonsOfT1(rule).compiled();
        TimetableSolution solution = compiled.solution();
        FastFeasibilitySearch search = new FastFeasibilitySearch(solution, 5, 6, 1);
        boolean someBroken = false;
        for (int round = 0; round < 40; round++) {
            int[] starts = new int[solution.blocks().size()];
            for (LessonBlock block : solution.blocks()) {
                // two days only, so that moves between buildings are many
                List<StartSlot> allowed = block.getAllowedStarts().stream().filter(s -> s.index() < 12).toList();
                StartSlot start = allowed.get(random.nextInt(allowed.size()));
                block.setStart(start);
                starts[block.index()] = start.index();
            }
            search.assign(starts);
            long expected = timefoldHard(solution);
            assertThat((long) search.hardViolations()).as("round %d", round).isEqualTo(expected);
            // T1's clashes aside, the one rule left is the building rule
            someBroken |= search.hardViolations() > search.clashesAndTimePenalties();
        }
        assertThat(someBroken).as("the rule was broken in some round").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theSearchEndsWithTheCountTimefoldMakes(Constraint rule) {
        CompiledProblem compiled = tenLessonsOfT1(rule).compiled();
        TimetableSolution solution = compiled.solution();
        FastFeasibilitySearch search = new FastFeasibilitySearch(solution, 5, 6, 3);
        int hard = search.solve(System.nanoTime() + Duration.ofSeconds(10).toNanos(), 5_000);
        int[] starts = search.starts();
        for (LessonBlock block : solution.blocks()) {
            block.setStart(compiled.slots().get(starts[block.index()]));
        }
        assertThat(hard).isZero();
        assertThat(timefoldHard(solution)).isZero();
    }
}
