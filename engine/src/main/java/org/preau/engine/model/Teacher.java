package org.preau.engine.model;

/** A teacher (professeur). {@code id} is unique among teachers; FET files use the name as id. */
public record Teacher(String id, String name) {
}
