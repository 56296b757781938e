package org.preau.engine.model;

/** One period of one day, by indexes into {@link Week}. A lesson "starts at" a slot. */
public record Slot(int day, int period) {
}
