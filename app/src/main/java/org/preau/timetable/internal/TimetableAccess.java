package org.preau.timetable.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.school.DivisionId;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.SchoolStructure;
import org.preau.school.StaffId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Who may see which timetable: a pupil's as {@link PupilAccess} says; a teacher's by that teacher and the school's
 * staff who see the whole school; a division's by those staff, its teachers, its pupils and their parents; a room's
 * by staff. Changes are for direction and vie scolaire (CPE).
 */
@Service
public class TimetableAccess {

    private final PupilAccess pupils;
    private final SchoolStructure school;

    TimetableAccess(PupilAccess pupils, SchoolStructure school) {
        this.pupils = pupils;
        this.school = school;
    }

    public boolean canSeePupil(Member m, UUID pupil) {
        return pupils.canSee(m, new PupilId(pupil));
    }

    public boolean canSeeTeacher(Member m, UUID teacher) {
        return m.seesWholeSchool() || teacher.equals(m.staffId());
    }

    public boolean canSeeDivision(Member m, UUID division) {
        if (m.seesWholeSchool()) {
            return true;
        }
        if (m.staffId() != null && school.teachesDivision(new StaffId(m.staffId()), new DivisionId(division))) {
            return true;
        }
        if (m.pupilId() != null && pupils.find(new PupilId(m.pupilId()))
                .map(p -> p.divisionId() != null && p.divisionId().value().equals(division)).orElse(false)) {
            return true;
        }
        return pupils.childrenOf(m).stream().anyMatch(c -> c.divisionId() != null && c.divisionId().value().equals(division));
    }

    public boolean canSeeRoom(Member m) {
        return m.staffId() != null;
    }

    public boolean canChange(Member m) {
        return m.has(Role.DIRECTION) || m.has(Role.CPE);
    }

    public void requireCanChange(Member m) {
        if (!canChange(m)) {
            throw new AccessDeniedException("Only direction and vie scolaire change timetables");
        }
    }

    public boolean canPlan(Member m) {
        return m.has(Role.DIRECTION);
    }

    public void requireCanPlan(Member m) {
        if (!canPlan(m)) {
            throw new AccessDeniedException("Only direction builds timetables");
        }
    }

    /** The feeds that are the caller's own: their pupil's, each child's, their own as a teacher. */
    public List<CalendarFeeds.Feed> ownFeeds(Member m, CalendarFeeds feeds) {
        List<CalendarFeeds.Feed> own = new ArrayList<>();
        if (m.pupilId() != null) {
            own.add(feeds.feed(CalendarFeeds.Scope.PUPIL, m.pupilId()));
        }
        pupils.childrenOf(m).forEach(c -> own.add(feeds.feed(CalendarFeeds.Scope.PUPIL, c.id().value())));
        if (m.staffId() != null && m.has(Role.PROFESSEUR)) {
            own.add(feeds.feed(CalendarFeeds.Scope.TEACHER, m.staffId()));
        }
        return own;
    }
}
