package org.preau.engine.model;

/**
 * A room (salle). {@code type} is free text such as "labo SVT" or "gymnase" (empty when untyped);
 * {@code capacity} is a number of pupils, 0 when unknown (then it never limits); {@code building} names the
 * building the room is in (empty when unknown), for rules about moving between buildings.
 */
public record Room(String id, String name, String type, int capacity, String building) {

    public Room(String id, String name, String type, int capacity) {
        this(id, name, type, capacity, "");
    }
}
