package org.preau.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may call one endpoint. For an endpoint about a pupil (a pupil id in its path), a caller listed here is
 * allowed for a pupil they are related to (own child, self, taught pupil) and, unless they see the whole
 * school, denied for any other pupil; a caller not listed is denied for every pupil. Anonymous callers always
 * get 401.
 *
 * @param pupilScoped whether the path names a pupil, so that the relationship matters
 * @param mutating    whether an allowed call changes data; such calls are still made, with the entry's body
 */
record Access(Set<Caller> allowed, boolean pupilScoped, boolean mutating) {

    static Access everyoneSignedIn() {
        return new Access(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS)), false, false);
    }

    static Access only(Caller first, Caller... rest) {
        return new Access(EnumSet.of(first, rest), false, false);
    }

    /** About the pupil in the path: each listed caller for their related pupils only (whole school for staff). */
    static Access pupil(Caller first, Caller... rest) {
        return new Access(EnumSet.of(first, rest), true, false);
    }

    Access changingData() {
        return new Access(allowed, pupilScoped, true);
    }

    boolean allows(Caller caller, Relationship relationship) {
        if (caller == Caller.ANONYMOUS || !allowed.contains(caller)) {
            return false;
        }
        return !pupilScoped || relationship == Relationship.RELATED || caller.seesWholeSchool;
    }

    /** The caller's relationship to the pupil named in the path. */
    enum Relationship {
        /** Own child, self, a pupil the teacher teaches; for direction and vie scolaire, a pupil of the school. */
        RELATED,
        /** Another family's child, another pupil, a pupil the teacher does not teach. */
        UNRELATED
    }
}
