package org.preau.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.school.PupilId;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PreauTest
class StudentAbsencesApiTests {

    @LocalServerPort
    int port;
    @Autowired
    AttendanceFixtures fixtures;

    private String absencesOf(PupilId pupil) {
        return "/api/v1/students/" + pupil.value() + "/absences";
    }

    private long auditedReadsBy(String username, PupilId pupil) {
        UUID account = fixtures.member(username).accountId();
        return fixtures.count("select count(*) from audit_log where school_id = preau_current_school() "
                + "and actor_id = ? and subject_id = ? and action = 'absences'", account, pupil.value());
    }

    @Test
    void anonymousCallersGet401() {
        assertThat(UserAgent.anonymous(port).get(absencesOf(fixtures.eleve())).statusCode()).isEqualTo(401);
    }

    @Test
    void aParentReadsTheirChildsAbsencesWithHalfDaysAndTheReadIsAudited() {
        PupilId eleve = fixtures.eleve();
        fixtures.morningAbsence(eleve, LocalDate.of(2026, 5, 4));
        UserAgent parent = UserAgent.signedIn(port, DemoAccounts.PARENT);
        long before = auditedReadsBy(DemoAccounts.PARENT, eleve);

        var response = parent.get(absencesOf(eleve));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"start\":\"2026-05-04T06:00:00Z\"", "\"halfDays\":1",
                "\"justified\":false", "\"kind\":\"RETARD\"", "\"lateMinutes\":");
        assertThat(auditedReadsBy(DemoAccounts.PARENT, eleve)).isEqualTo(before + 1);
    }

    @Test
    void aPupilReadsTheirOwnAbsencesWithoutAnAuditEntry() {
        PupilId eleve = fixtures.eleve();
        UserAgent pupil = UserAgent.signedIn(port, DemoAccounts.ELEVE);
        long before = auditedReadsBy(DemoAccounts.ELEVE, eleve);

        assertThat(pupil.get(absencesOf(eleve)).statusCode()).isEqualTo(200);
        assertThat(auditedReadsBy(DemoAccounts.ELEVE, eleve)).isEqualTo(before);
    }

    @Test
    void anotherFamilyGets404() {
        var response = UserAgent.signedIn(port, DemoAccounts.PARENT2).get(absencesOf(fixtures.eleve()));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("halfDays");
    }

    @Test
    void aTeacherReadsThePupilsTheyTeachButNotOthers() {
        UserAgent professeur = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR);

        assertThat(professeur.get(absencesOf(fixtures.eleve())).statusCode()).isEqualTo(200);
        assertThat(professeur.get(absencesOf(fixtures.pupilNotTaughtByProfesseur())).statusCode()).isEqualTo(404);
    }

    @Test
    void vieScolaireReadsAnyPupilOfTheSchool() {
        assertThat(UserAgent.signedIn(port, DemoAccounts.CPE).get(absencesOf(fixtures.pupilNotTaughtByProfesseur()))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownPupilIsNotFound() {
        assertThat(UserAgent.signedIn(port, DemoAccounts.CPE).get(absencesOf(new PupilId(UUID.randomUUID())))
                .statusCode()).isEqualTo(404);
    }
}
