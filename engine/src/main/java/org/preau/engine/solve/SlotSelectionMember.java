package org.preau.engine.solve;

/**
 * Lesson {@code lesson} (an index) of a {@link SlotSelectionRule}: it starts with block {@code block} and lasts
 * {@code duration}. The lesson makes members of one block distinct facts.
 */
public record SlotSelectionMember(SlotSelectionRule rule, int lesson, int block, int duration) {
}
