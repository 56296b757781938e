package org.preau.security;

import org.jspecify.annotations.Nullable;
import org.preau.demo.DemoAccounts;

/** Who calls the API in the authorisation matrix: nobody, or one of the demo accounts. */
enum Caller {
    ANONYMOUS(null, false),
    DIRECTION(DemoAccounts.DIRECTION, true),
    PROFESSEUR(DemoAccounts.PROFESSEUR, false),
    CPE(DemoAccounts.CPE, true),
    PARENT(DemoAccounts.PARENT, false),
    ELEVE(DemoAccounts.ELEVE, false),
    PARENT2(DemoAccounts.PARENT2, false);

    final @Nullable String username;
    /** Direction and vie scolaire see every pupil of their school. */
    final boolean seesWholeSchool;

    Caller(@Nullable String username, boolean seesWholeSchool) {
        this.username = username;
        this.seesWholeSchool = seesWholeSchool;
    }
}
