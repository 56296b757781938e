package org.preau.homework.internal;

import java.util.List;

import org.preau.homework.ClassTarget;
import org.preau.homework.HomeworkDeniedException;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.preau.school.StaffId;
import org.springframework.stereotype.Component;

/**
 * Who may write and read what in the cahier de textes: a teacher writes for the classes they teach only;
 * direction and vie scolaire read the whole school; a pupil reads the homework of their division and groups, a
 * parent that of their children.
 */
@Component
public class HomeworkAccess {

    private final SchoolStructure structure;
    private final PupilAccess pupils;

    HomeworkAccess(SchoolStructure structure, PupilAccess pupils) {
        this.structure = structure;
        this.pupils = pupils;
    }

    /** The member's staff id if they are a teacher; 403 otherwise. */
    public StaffId requireTeacher(Member member) {
        if (!member.has(Role.PROFESSEUR) || member.staffId() == null) {
            throw new HomeworkDeniedException("Only teachers write the cahier de textes");
        }
        return new StaffId(member.staffId());
    }

    /** 403 unless the member is a teacher of this division or group. */
    public StaffId requireTeaches(Member member, ClassTarget target) {
        StaffId teacher = requireTeacher(member);
        if (!teaches(teacher, target)) {
            throw new HomeworkDeniedException("You do not teach this class");
        }
        return teacher;
    }

    public boolean teaches(StaffId teacher, ClassTarget target) {
        return target.division() != null ? structure.teachesDivision(teacher, target.division())
                : structure.teachesGroup(teacher, target.group());
    }

    /** Whether the member may read a class's cahier de textes: staff of the school, or one of its teachers. */
    public boolean canReadClass(Member member, ClassTarget target) {
        if (member.seesWholeSchool()) {
            return true;
        }
        return member.has(Role.PROFESSEUR) && member.staffId() != null
                && teaches(new StaffId(member.staffId()), target);
    }

    /** Whether the work set for {@code target} is for {@code pupil}: their division or one of their groups. */
    public boolean concerns(ClassTarget target, PupilId pupil) {
        if (target.division() != null) {
            return pupils.find(pupil).map(p -> target.division().equals(p.divisionId())).orElse(false);
        }
        return structure.groupsOfPupil(pupil).contains(target.group());
    }

    /** Whether the member reads homework as a pupil or parent of one of the pupils it is for. */
    public boolean isForPupilOrParentOf(Member member, ClassTarget target) {
        if (member.pupilId() != null && concerns(target, new PupilId(member.pupilId()))) {
            return true;
        }
        if (member.guardianId() == null) {
            return false;
        }
        List<PupilSummary> children = pupils.childrenOf(member);
        return children.stream().anyMatch(child -> concerns(target, child.id()));
    }
}
