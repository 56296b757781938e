package org.preau.engine.solve;

/** A rule compiled for the solver: hard (1 per violation) or soft (its weight per violation). */
interface WeightedRule {

    Level level();

    long softWeight();

    /** The score units the rule's violations cost. */
    default long cost(int violations) {
        return level() == Level.HARD ? violations : violations * softWeight();
    }
}
