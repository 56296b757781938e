package org.preau.school;

import org.jspecify.annotations.Nullable;

/** A pupil as lists show them: name and division. */
public record PupilSummary(PupilId id, String firstName, String lastName, @Nullable DivisionId divisionId,
                           @Nullable String divisionName) {

    /** "NOM Prénom", the way French school software lists pupils. */
    public String listName() {
        return lastName.toUpperCase(java.util.Locale.FRENCH) + " " + firstName;
    }
}
