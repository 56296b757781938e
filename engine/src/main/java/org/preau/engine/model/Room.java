package org.preau.engine.model;

/**
 * A room (salle). {@code type} is free text such as "labo SVT" or "gymnase" (empty when untyped);
 * {@code capacity} is a number of pupils, 0 when unknown (then it never limits).
 */
public record Room(String id, String name, String type, int capacity) {
}
