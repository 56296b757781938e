package org.preau.engine.solve;

/** Member {@code position} of a {@link SetRule} is a lesson of the block with index {@code block}. */
public record SetRuleMember(SetRule rule, int position, int block) {
}
