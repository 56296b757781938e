package org.preau.platform;

/** What a member of a school may act as. A person may hold several (a teacher who is also a parent). */
public enum Role {
    DIRECTION, PROFESSEUR, CPE, AED, SECRETARIAT, INFIRMIER, PARENT, ELEVE;

    /** Staff of vie scolaire and direction see every pupil of their school. */
    public boolean seesWholeSchool() {
        return this == DIRECTION || this == CPE || this == AED || this == SECRETARIAT;
    }
}
