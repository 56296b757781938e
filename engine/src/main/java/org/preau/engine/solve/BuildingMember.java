package org.preau.engine.solve;

/**
 * Lesson {@code lesson} (an index, lasting {@code duration}, in the weeks of the cycle of mask {@code weeks}) is one of
 * the lessons a {@link BuildingRule} looks at.
 */
public record BuildingMember(BuildingRule rule, int lesson, int duration, int weeks) {
}
