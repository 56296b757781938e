package org.preau.engine.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.engine.testing.TimefoldScores.SCORE;

import ai.timefold.solver.core.api.score.HardSoftScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.preau.engine.generate.SchoolGenerator;
import org.preau.engine.io.fet.FetImporter;
import org.preau.engine.model.Placement;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Timetable;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.solve.CompiledProblem;
import org.preau.engine.solve.LessonBlock;
import org.preau.engine.solve.ProblemCompiler;
import org.preau.engine.solve.RoomBooking;
import org.preau.engine.solve.TimetableSolution;
import org.preau.engine.testing.FetExamples;
import org.preau.engine.testing.RichProblems;

/**
 * The property that makes the checker worth having: on any assignment — random, mostly infeasible — the
 * independent checker and the solver's incremental score count the same hard violations and the same soft
 * penalty. A disagreement is a bug in one of them.
 */
class CheckerAgreesWithSolverScoreTest {

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("every constraint type, hard", RichProblems.everyConstraintType(true)),
                Arguments.of("every constraint type, soft", RichProblems.everyConstraintType(false)),
                Arguments.of("generated collège", SchoolGenerator.generate(SchoolGenerator.Kind.COLLEGE, 110, 3)),
                Arguments.of("generated lycée", SchoolGenerator.generate(SchoolGenerator.Kind.LYCEE, 200, 3)),
                Arguments.of("FET example Brazil", FetImporter.read(FetExamples.file("FET-5-official/Brazil/1/Brazil.fet")).problem()),
                Arguments.of("FET example Denmark", FetImporter.read(FetExamples.file("FET-5-official/Denmark/small-school.fet")).problem()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void checkerAndSolverScoreAgreeOnRandomAssignments(String name, TimetableProblem problem) {
        Random random = new Random(name.hashCode());
        for (int round = 0; round < 8; round++) {
            CompiledProblem compiled = ProblemCompiler.compile(problem);
            TimetableSolution solution = compiled.solution();
            for (LessonBlock block : solution.blocks()) {
                var starts = block.getAllowedStarts();
                block.setStart(starts.isEmpty() ? null : starts.get(random.nextInt(starts.size())));
            }
            for (RoomBooking booking : solution.bookings()) {
                var rooms = booking.getCandidates();
                int pick = random.nextInt(rooms.size() + 1);
                booking.setRoom(pick == rooms.size() || round == 0 && pick % 2 == 0 ? null : rooms.get(pick));
            }
            HardSoftScore score = SCORE.update(solution);
            CheckReport report = TimetableChecker.check(timetable(compiled));
            if (report.hardCount() != -score.hardScore() || report.softUnits() != -score.softScore()) {
                explainMismatch(name + " round " + round, problem, timetable(compiled), report);
            }
            assertThat(report.hardCount()).as("%s round %d hard; checker says %s", name, round, report.violations().stream()
                    .filter(Violation::hard).map(Violation::kind).distinct().toList()).isEqualTo(-score.hardScore());
            assertThat(report.softUnits()).as("%s round %d soft", name, round).isEqualTo(-score.softScore());
        }
    }

    /** Prints, rule by rule, what the solver and the checker each count, to find which one is wrong. */
    private static void explainMismatch(String what, TimetableProblem problem, Timetable t, CheckReport report) {
        System.err.println("MISMATCH " + what + ", implicit rules: solver " + scoreOf(problem, List.of(), t) + ", checker "
                + counts(TimetableChecker.check(new Timetable(withRules(problem, List.of()), t.placements()))));
        for (var c : problem.constraints()) {
            System.err.println("  with " + c + ": solver " + scoreOf(problem, List.of(c), t) + ", checker "
                    + counts(TimetableChecker.check(new Timetable(withRules(problem, List.of(c)), t.placements()))));
        }
        report.violations().forEach(v -> System.err.println("    " + v.kind() + " x" + v.count() + " " + v.english()));
    }

    private static List<String> counts(CheckReport report) {
        return report.violations().stream().map(v -> v.kind() + " x" + v.count()).toList();
    }

    static TimetableProblem withRules(TimetableProblem p, List<org.preau.engine.model.Constraint> rules) {
        return new TimetableProblem(p.name(), p.week(), p.teachers(), p.studentSets(), p.rooms(), p.lessons(), rules);
    }

    static HardSoftScore scoreOf(TimetableProblem p, List<org.preau.engine.model.Constraint> rules, Timetable t) {
        CompiledProblem compiled = ProblemCompiler.compile(withRules(p, rules));
        var byLesson = new java.util.HashMap<String, Placement>();
        t.placements().forEach(x -> byLesson.put(x.lessonId(), x));
        int periods = p.week().periodsPerDay();
        for (int l = 0; l < p.lessons().size(); l++) {
            Placement x = byLesson.get(p.lessons().get(l).id());
            if (x == null) {
                continue;
            }
            compiled.solution().blocks().get(compiled.blockOfLesson()[l]).setStart(compiled.slots().get(x.start().day() * periods + x.start().period()));
            RoomBooking b = compiled.bookingOfLesson()[l];
            if (b != null) {
                b.setRoom(compiled.rooms().stream().filter(r -> r.id().equals(x.roomId())).findFirst().orElse(null));
            }
        }
        return SCORE.update(compiled.solution());
    }

    /** The placements a solution stands for, read from the solver's entities. */
    static Timetable timetable(CompiledProblem compiled) {
        TimetableSolution solution = compiled.solution();
        List<Placement> placements = new ArrayList<>();
        for (int l = 0; l < compiled.problem().lessons().size(); l++) {
            LessonBlock block = solution.blocks().get(compiled.blockOfLesson()[l]);
            if (!block.isPlaced()) {
                continue;
            }
            RoomBooking booking = compiled.bookingOfLesson()[l];
            String room = booking == null || booking.getRoom() == null ? "" : booking.getRoom().id();
            placements.add(new Placement(compiled.problem().lessons().get(l).id(), new Slot(block.day(), block.period()), room));
        }
        return new Timetable(compiled.problem(), placements);
    }
}
