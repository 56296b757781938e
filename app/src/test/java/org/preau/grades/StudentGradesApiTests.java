package org.preau.grades;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.support.DemoPeople;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@PreauTest
class StudentGradesApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    DemoPeople demo;

    @BeforeEach
    void findDemoPeople() {
        demo = new DemoPeople(jdbc);
    }

    private HttpResponse<String> grades(UserAgent client, UUID pupil) {
        return client.get("/api/v1/students/" + pupil + "/grades?periodId=" + demo.currentPeriod());
    }

    @Test
    void periodsListTheSchoolYearsTrimestres() {
        HttpResponse<String> response = UserAgent.signedIn(port, "parent").get("/api/v1/periods");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode periods = json.readTree(response.body());
        assertThat(periods.size()).isEqualTo(3);
        assertThat(periods.get(0).has("id")).isTrue();
        assertThat(periods.get(0).get("name").asString()).contains("trimestre");
        assertThat(periods.get(0).has("start")).isTrue();
        assertThat(periods.get(0).has("end")).isTrue();
    }

    @Test
    void parentReadsTheirChildsAveragesInSeveralSubjects() {
        UUID child = demo.eleve();
        HttpResponse<String> response = grades(UserAgent.signedIn(port, "parent"), child);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("subjects").size()).isGreaterThanOrEqualTo(3);
        JsonNode first = body.get("subjects").get(0);
        assertThat(first.get("subject").asString()).isNotBlank();
        assertThat(first.get("marks").size()).isGreaterThan(0);
        assertThat(body.get("overallAverage").decimalValue()).isBetween(
                java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(20));
    }

    @Test
    void parentsReadingIsAuditedButThePupilsOwnIsNot() {
        UUID child = demo.eleve();
        long before = audits(child);
        assertThat(grades(UserAgent.signedIn(port, "parent"), child).statusCode()).isEqualTo(200);
        assertThat(audits(child)).isEqualTo(before + 1);
        assertThat(grades(UserAgent.signedIn(port, "eleve"), child).statusCode()).isEqualTo(200);
        assertThat(audits(child)).isEqualTo(before + 1);
    }

    @Test
    void parentCannotReadAnotherFamilysGrades() {
        UUID otherChild = demo.childrenOf("parent2").getFirst();
        assertThat(demo.childrenOf("parent")).doesNotContain(otherChild);
        assertThat(grades(UserAgent.signedIn(port, "parent"), otherChild).statusCode()).isEqualTo(404);
    }

    @Test
    void pupilReadsOnlyTheirOwnGrades() {
        UUID self = demo.eleve();
        UUID sibling = demo.childrenOf("parent").stream().filter(id -> !id.equals(self)).findFirst().orElseThrow();
        UserAgent eleve = UserAgent.signedIn(port, "eleve");
        assertThat(grades(eleve, self).statusCode()).isEqualTo(200);
        assertThat(grades(eleve, sibling).statusCode()).isEqualTo(404);
    }

    @Test
    void teacherSeesPupilsTheyTeachButNotOthers() {
        UserAgent professeur = UserAgent.signedIn(port, "professeur");
        assertThat(grades(professeur, demo.eleve()).statusCode()).isEqualTo(200);
        HttpResponse<String> other = grades(professeur, demo.pupilNotTaughtBy("professeur"));
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
    }

    @Test
    void directionSeesEveryPupil() {
        assertThat(grades(UserAgent.signedIn(port, "direction"), demo.pupilNotTaughtBy("professeur")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anonymousCallersGet401() {
        UserAgent anonymous = UserAgent.anonymous(port);
        assertThat(grades(anonymous, demo.eleve()).statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/periods").statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownPeriodIs404() {
        HttpResponse<String> response = UserAgent.signedIn(port, "parent")
                .get("/api/v1/students/" + demo.eleve() + "/grades?periodId=" + UUID.randomUUID());
        assertThat(response.statusCode()).isEqualTo(404);
    }

    private long audits(UUID pupil) {
        return demo.inSchool(() -> jdbc.sql("""
                        select count(*) from audit_log where subject_id = ? and action = 'notes'""")
                .param(pupil).query(Long.class).single());
    }
}
