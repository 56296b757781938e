package org.preau.engine.model;

/** A teaching day of the week, e.g. "Lundi". {@code index} is its position in {@link Week#days()}. */
public record Day(int index, String name) {
}
