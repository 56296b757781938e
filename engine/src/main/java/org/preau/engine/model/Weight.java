package org.preau.engine.model;

/**
 * How much a constraint matters, as FET's percentage: 100 is hard (must hold), below 100 is soft and each
 * violation costs {@code percent} (so FET's soft-conflict totals can be compared).
 */
public record Weight(double percent) {

    public static final Weight HARD = new Weight(100);

    public Weight {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("weight must be in (0, 100]: " + percent);
        }
    }

    public static Weight soft(double percent) {
        return new Weight(Math.min(percent, 99.999));
    }

    public boolean isHard() {
        return percent >= 100;
    }
}
