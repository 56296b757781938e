package org.preau.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.preau.attendance.internal.Absence;
import org.preau.attendance.internal.AbsenceRegister;
import org.preau.attendance.internal.HalfDays;
import org.preau.attendance.internal.LessonOccurrence;
import org.preau.attendance.internal.LessonPicker;
import org.preau.attendance.internal.RollCall;
import org.preau.attendance.internal.RollCalls;
import org.preau.demo.DemoAccounts;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.platform.TenantContext;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.SchoolDirectory;
import org.preau.school.SchoolStructure;
import org.preau.school.StaffId;
import org.preau.school.TeachingAssignmentView;
import org.preau.support.DemoMembers;
import org.preau.support.TeachingWeeks;
import org.preau.timetable.DatedLesson;
import org.preau.timetable.LessonCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builders for attendance tests, over the demo collège and the modules' public APIs. */
@Component
class AttendanceFixtures {

    final JdbcClient jdbc;
    final DemoMembers members;
    final SchoolStructure structure;
    final PupilAccess pupils;
    final LessonPicker picker;
    final RollCalls rollCalls;
    final AbsenceRegister register;

    final LessonCalendar calendar;

    AttendanceFixtures(JdbcClient jdbc, SchoolDirectory directory, SchoolStructure structure, PupilAccess pupils,
                       LessonPicker picker, RollCalls rollCalls, AbsenceRegister register, LessonCalendar calendar) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.members = new DemoMembers(jdbc, directory);
        this.structure = structure;
        this.pupils = pupils;
        this.picker = picker;
        this.rollCalls = rollCalls;
        this.register = register;
    }

    Member member(String username) {
        return members.member(username);
    }

    <T> T inDemoSchool(Supplier<T> work) {
        return TenantContext.callAs(members.demoSchool(), work);
    }

    /** One of the demo teacher's assignments to a whole division. */
    TeachingAssignmentView professeurDivisionAssignment() {
        Member professeur = member(DemoAccounts.PROFESSEUR);
        return inDemoSchool(() -> structure.teachingAssignmentsOf(new org.preau.school.StaffId(professeur.staffId()))
                .stream().filter(a -> a.divisionId() != null).findFirst().orElseThrow());
    }

    /** Another teacher's assignment to a division the demo teacher does not teach, and that teacher as a member. */
    record Other(Member teacher, TeachingAssignmentView assignment) {
    }

    Other otherTeachersDivision() {
        Member professeur = member(DemoAccounts.PROFESSEUR);
        var mine = new org.preau.school.StaffId(professeur.staffId());
        TeachingAssignmentView assignment = inDemoSchool(() -> structure.teachingAssignments().stream()
                .filter(a -> a.divisionId() != null && !a.teacherId().equals(mine)
                        && !structure.teachesDivision(mine, a.divisionId()))
                .findFirst().orElseThrow());
        Member other = new Member(UUID.randomUUID(), "autre", "Autre professeur", professeur.school(),
                Set.of(Role.PROFESSEUR), assignment.teacherId().value(), null, null);
        return new Other(other, assignment);
    }

    /** The demo teacher's lessons to a whole division in their {@code n}th teaching week after this one. */
    List<DatedLesson> professeurTimetableLessons(int n) {
        Member professeur = member(DemoAccounts.PROFESSEUR);
        return inDemoSchool(() -> TeachingWeeks.lessonsOfWeek(calendar, new StaffId(professeur.staffId()), n))
                .stream().filter(l -> l.divisionId() != null).toList();
    }

    /** Opens a made-up lesson of an assignment as its teacher. */
    RollCall openLesson(Member teacher, TeachingAssignmentView assignment, LocalDate day, LocalTime start) {
        return inDemoSchool(() -> {
            LessonOccurrence lesson = picker.lesson(teacher, assignment.id().value(), day, start, start.plusMinutes(55));
            return rollCalls.open(teacher, lesson);
        });
    }

    PupilId firstPupilOf(RollCall rollCall) {
        return inDemoSchool(() -> rollCalls.pupilsOf(rollCall).getFirst().id());
    }

    /** The demo pupil (eleve), child of the demo parent. */
    PupilId eleve() {
        return new PupilId(member(DemoAccounts.ELEVE).pupilId());
    }

    /** A pupil the demo teacher does not teach. */
    PupilId pupilNotTaughtByProfesseur() {
        Member professeur = member(DemoAccounts.PROFESSEUR);
        return inDemoSchool(() -> jdbc.sql("select id from pupils where school_id = ? order by last_name, id")
                .param(professeur.school().value()).query(UUID.class).list().stream().map(PupilId::new)
                .filter(p -> !pupils.canSee(professeur, p)).findFirst().orElseThrow());
    }

    /** Vie scolaire enters an unjustified absence over one morning. */
    Absence morningAbsence(PupilId pupil, LocalDate day) {
        Member cpe = member(DemoAccounts.CPE);
        return inDemoSchool(() -> register.recordRange(cpe, pupil, at(day, 8, 0), at(day, 12, 0), null, null));
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(HalfDays.ZONE).toInstant();
    }

    long count(String sql, Object... params) {
        return inDemoSchool(() -> {
            var spec = jdbc.sql(sql);
            for (Object param : params) {
                spec = spec.param(param);
            }
            return spec.query(Long.class).single();
        });
    }
}
