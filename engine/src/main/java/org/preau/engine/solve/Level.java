package org.preau.engine.solve;

import ai.timefold.solver.core.api.score.HardSoftScore;

/** Whether a rule instance is hard (each violation counts 1 hard) or soft (each costs its weight in hundredths of %). */
public enum Level {
    HARD, SOFT;

    HardSoftScore unit() {
        return this == HARD ? HardSoftScore.ONE_HARD : HardSoftScore.ONE_SOFT;
    }

    String label(String name) {
        return name + (this == HARD ? " (hard)" : " (soft)");
    }

    /** Soft weights are stored as hundredths of a FET percentage, so 95% costs 9500 per violation. */
    static long softUnits(double percent) {
        return Math.round(percent * 100);
    }
}
