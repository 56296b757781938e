package org.preau.demo;

/** The demo school and its sign-in accounts (README table), for tests and demonstrations. */
public final class DemoAccounts {

    /** Every demo account's password. */
    public static final String PASSWORD = "demo";

    /** The principal (direction). */
    public static final String DIRECTION = "direction";
    /** The maths teacher and professeur principal of the demo pupil's division. */
    public static final String PROFESSEUR = "professeur";
    /** A conseiller principal d'éducation. */
    public static final String CPE = "cpe";
    /** A parent of at least two pupils in different divisions, one of them {@link #ELEVE}. */
    public static final String PARENT = "parent";
    /** A pupil, child of {@link #PARENT}, taught by {@link #PROFESSEUR}. */
    public static final String ELEVE = "eleve";
    /** A parent of another family, for cross-family checks. */
    public static final String PARENT2 = "parent2";

    public static final String SCHOOL_UAI = "0750042X";
    public static final String SCHOOL_NAME = "Collège Jean Moulin";
    public static final String SCHOOL_ACADEMIE = "Paris";

    /** The demo pupil's division. */
    public static final String ELEVE_DIVISION = "5e B";

    private DemoAccounts() {
    }
}
