package org.preau.engine.testing;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.preau.engine.solve.LessonBlock;
import org.preau.engine.solve.RoomBooking;
import org.preau.engine.solve.TimetableConstraints;
import org.preau.engine.solve.TimetableSolution;

/** Timefold's score of a timetable from scratch, for tests that compare another count with it. */
public final class TimefoldScores {

    public static final SolutionManager<TimetableSolution, HardSoftScore> SCORE = SolutionManager.create(
            SolverFactory.create(new SolverConfig().withSolutionClass(TimetableSolution.class)
                    .withEntityClasses(LessonBlock.class, RoomBooking.class)
                    .withConstraintProviderClass(TimetableConstraints.class)));

    private TimefoldScores() {
    }
}
