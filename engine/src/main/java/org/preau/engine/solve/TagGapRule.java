package org.preau.engine.solve;

import java.util.List;

/**
 * "Min gaps between an ordered pair of activity tags" for one teacher or subgroup: on each day, a lesson with the
 * second tag comes at least {@code minGaps} periods after a lesson with the first tag (other lessons count as gaps).
 * Judged on the placed lessons with either tag ({@link TagGapMember}s); not counted by the fast hard phase.
 */
public record TagGapRule(int minGaps, int days, int periods, Level level, long softWeight) implements WeightedRule {

    int violations(List<TaggedPlacement> lessons) {
        int[][] week = new int[days][periods];
        for (TaggedPlacement lesson : lessons) {
            int mark = lesson.firstTag() ? 1 : 2;
            for (int p = lesson.period(); p < lesson.period() + lesson.duration() && p < periods; p++) {
                if (mark == 1 || week[lesson.day()][p] == 0) { // the first tag wins, as in FET
                    week[lesson.day()][p] = mark;
                }
            }
        }
        int violations = 0;
        for (int[] day : week) {
            int sinceFirst = -1;
            for (int mark : day) {
                if (mark == 1) {
                    sinceFirst = 0;
                } else if (mark == 0) {
                    sinceFirst = sinceFirst >= 0 ? sinceFirst + 1 : -1;
                } else {
                    if (sinceFirst >= 0 && sinceFirst < minGaps) {
                        violations++;
                    }
                    sinceFirst = -1;
                }
            }
        }
        return violations;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
