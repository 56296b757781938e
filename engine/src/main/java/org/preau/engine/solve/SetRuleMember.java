package org.preau.engine.solve;

/** Member {@code position} of a {@link SetRule} is a lesson of {@code block}. */
public record SetRuleMember(SetRule rule, int position, LessonBlock block) {
}
