package org.preau.homework;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.preau.demo.DemoAccounts;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolDirectory;
import org.preau.school.SchoolStructure;
import org.preau.school.StaffId;
import org.preau.school.TeachingAssignmentView;
import org.preau.support.DemoMembers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds homework fixtures in the demo collège through the module's public services, acting as its people. */
@Component
class HomeworkFixture {

    private final JdbcClient jdbc;
    private final DemoMembers members;
    private final SchoolStructure structure;
    private final CahierDeTextes cahier;

    HomeworkFixture(JdbcClient jdbc, SchoolDirectory directory, SchoolStructure structure, CahierDeTextes cahier) {
        this.jdbc = jdbc;
        this.members = new DemoMembers(jdbc, directory);
        this.structure = structure;
        this.cahier = cahier;
    }

    SchoolId school() {
        return members.demoSchool();
    }

    <T> T inSchool(Supplier<T> work) {
        return TenantContext.callAs(school(), work);
    }

    Member member(String username) {
        return members.member(username);
    }

    /** The demo pupil ("eleve"). */
    PupilSummary eleve() {
        Member eleve = member(DemoAccounts.ELEVE);
        return inSchool(() -> structure.pupilsOfDivision(divisionOf(eleve)).stream()
                .filter(p -> p.id().value().equals(eleve.pupilId())).findFirst().orElseThrow());
    }

    /** Another pupil of the demo pupil's division, acting as themself (pupils have no demo account). */
    Member classmate() {
        PupilSummary eleve = eleve();
        PupilSummary other = inSchool(() -> structure.pupilsOfDivision(eleve.divisionId())).stream()
                .filter(p -> !p.id().equals(eleve.id())).findFirst().orElseThrow();
        return new Member(UUID.randomUUID(), "classmate", other.firstName(), school(), Set.of(Role.ELEVE), null, null,
                other.id().value());
    }

    /** Another teacher's assignment in a division the demo professeur does not teach. */
    TeachingAssignmentView assignmentInAClassProfesseurDoesNotTeach() {
        StaffId professeur = new StaffId(member(DemoAccounts.PROFESSEUR).staffId());
        return inSchool(() -> structure.teachingAssignments().stream()
                .filter(a -> a.divisionId() != null && !a.teacherId().equals(professeur)
                        && !structure.teachesDivision(professeur, a.divisionId()))
                .findFirst().orElseThrow());
    }

    Member teacher(StaffId staff) {
        return new Member(UUID.randomUUID(), "teacher-" + staff, "Teacher", school(), Set.of(Role.PROFESSEUR),
                staff.value(), null, null);
    }

    /** The teacher's first assignment with a division. */
    TeachingAssignmentView divisionAssignmentOf(Member teacher) {
        return inSchool(() -> structure.teachingAssignmentsOf(new StaffId(teacher.staffId())).stream()
                .filter(a -> a.divisionId() != null).findFirst().orElseThrow());
    }

    /** The demo professeur's assignment in the demo pupil's division. */
    TeachingAssignmentView professeurInEleveDivision() {
        Member professeur = member(DemoAccounts.PROFESSEUR);
        org.preau.school.DivisionId division = eleve().divisionId();
        return inSchool(() -> structure.teachingAssignmentsOf(new StaffId(professeur.staffId())).stream()
                .filter(a -> division.equals(a.divisionId())).findFirst().orElseThrow());
    }

    /** A lesson entry of the teacher's assignment on a date, with homework. */
    HomeworkId homework(Member teacher, TeachingAssignmentView assignment, LocalDate lessonDate, HomeworkDraft draft) {
        return inSchool(() -> {
            Lesson lesson = cahier.lessonOf(teacher, assignment.id(), lessonDate, null);
            LessonEntryId entry = cahier.record(teacher, lesson, "Séance de test");
            return cahier.giveHomework(teacher, entry, draft);
        });
    }

    long count(String sql, Object... params) {
        return inSchool(() -> {
            var spec = jdbc.sql(sql);
            for (Object p : params) {
                spec = spec.param(p);
            }
            return spec.query(Long.class).single();
        });
    }

    private org.preau.school.DivisionId divisionOf(Member pupil) {
        return TenantContext.callAs(pupil.school(), () -> jdbc.sql(
                        "select division_id from pupils where school_id = ? and id = ?")
                .param(pupil.school().value()).param(pupil.pupilId())
                .query((rs, i) -> new org.preau.school.DivisionId(rs.getObject(1, UUID.class))).single());
    }

    PupilId eleveId() {
        return eleve().id();
    }
}
