package org.preau.attendance.internal;

import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.springframework.stereotype.Component;

/** Who may do what in vie scolaire, by role and relationship. */
@Component
public class AttendanceAccess {

    private final PupilAccess pupils;

    AttendanceAccess(PupilAccess pupils) {
        this.pupils = pupils;
    }

    /** CPE, AED and direction run vie scolaire. */
    public static boolean isVieScolaire(Member member) {
        return member.has(Role.CPE) || member.has(Role.AED) || member.has(Role.DIRECTION);
    }

    public void requireVieScolaire(Member member) {
        if (!isVieScolaire(member)) {
            throw new AttendanceForbidden("Reserved to vie scolaire and direction");
        }
    }

    /** The caller must see the pupil (else 404, as if the pupil did not exist). */
    public void requireCanSee(Member member, PupilId pupil) {
        pupils.requireCanSee(member, pupil);
    }

    /** Only a responsable légal of the pupil may justify: 404 without relation, 403 for other relations. */
    public void requireParentOf(Member member, PupilId pupil) {
        pupils.requireCanSee(member, pupil);
        boolean child = member.has(Role.PARENT)
                && pupils.childrenOf(member).stream().anyMatch(c -> c.id().equals(pupil));
        if (!child) {
            throw new AttendanceForbidden("Only the pupil's family may justify an absence");
        }
    }
}
