package org.preau.engine.solve;

/** A lesson of the block with index {@code block} lasting {@code duration} must be the last of the day for the pupils of {@code resource}. */
public record EndsDayRule(int block, int duration, int resource, Level level, long softWeight) implements WeightedRule {

}
