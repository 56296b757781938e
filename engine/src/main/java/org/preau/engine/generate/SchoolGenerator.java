package org.preau.engine.generate;

import org.preau.engine.model.TimetableProblem;

/** French school problems for tests and benchmarks, deterministic for a seed. */
public final class SchoolGenerator {

    public enum Kind { COLLEGE, LYCEE }

    private SchoolGenerator() {
    }

    public static TimetableProblem generate(Kind kind, int pupils, long seed) {
        if (pupils < 1) {
            throw new IllegalArgumentException("a school needs pupils: " + pupils);
        }
        return switch (kind) {
            case COLLEGE -> new CollegeGenerator(seed).generate(pupils);
            case LYCEE -> new LyceeGenerator(seed).generate(pupils);
        };
    }
}
