package org.preau.grades;

/** The national 4-level scale of the socle commun; {@link #points()} is the level as LSU exports it (1–4). */
public enum CompetenceLevel {
    MAITRISE_INSUFFISANTE, MAITRISE_FRAGILE, MAITRISE_SATISFAISANTE, TRES_BONNE_MAITRISE;

    public int points() {
        return ordinal() + 1;
    }

    public static CompetenceLevel ofPoints(int points) {
        if (points < 1 || points > 4) {
            throw new IllegalArgumentException("A level of the socle is 1 to 4");
        }
        return values()[points - 1];
    }
}
