package org.preau.engine.solve;

/** Lesson {@code lesson} of a {@link TagGapRule}'s resource, with the first tag or else the second. */
public record TagGapMember(TagGapRule rule, int lesson, int block, int duration, boolean firstTag) {
}
