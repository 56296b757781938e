package org.preau.school;

/** A subject (discipline) with its short code and display colour ("#RRGGBB"). */
public record SubjectView(SubjectId id, String code, String name, String colour) {
}
