package org.preau.engine.model;

/** Where a lesson ended up: its starting slot and room ({@code roomId} empty when it needs none). */
public record Placement(String lessonId, Slot start, String roomId) {
}
