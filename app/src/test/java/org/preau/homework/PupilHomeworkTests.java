package org.preau.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.homework.internal.SchoolClock;
import org.preau.platform.Member;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PreauTest
class PupilHomeworkTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HomeworkFixture fixture;
    LocalDate today = SchoolClock.today();

    private String giveHomeworkToTheDemoPupilsClass(int dueInDays) {
        String description = "Apprendre la leçon sur la Révolution française (" + UUID.randomUUID() + ")";
        fixture.homework(fixture.member(DemoAccounts.PROFESSEUR), fixture.professeurInEleveDivision(), today,
                new HomeworkDraft(today.plusDays(dueInDays), description, 30, false, null));
        return description;
    }

    private String homeworkPath(LocalDate from, LocalDate to) {
        return "/api/v1/students/" + fixture.eleveId() + "/homework?from=" + from + "&to=" + to;
    }

    @Test
    void aParentSeesTheirChildsHomeworkByDueDateAndTheReadIsAudited() {
        String later = giveHomeworkToTheDemoPupilsClass(3);
        String sooner = giveHomeworkToTheDemoPupilsClass(2);
        Member parentMember = fixture.member(DemoAccounts.PARENT);
        long auditedBefore = fixture.count("select count(*) from audit_log where actor_id = ? and subject_id = ?",
                parentMember.accountId(), fixture.eleveId().value());

        HttpResponse<String> response = UserAgent.signedIn(port, DemoAccounts.PARENT)
                .get(homeworkPath(today, today.plusDays(4)));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode items = JsonMapper.builder().build().readTree(response.body());
        List<String> descriptions = new ArrayList<>();
        List<LocalDate> dueDates = new ArrayList<>();
        items.forEach(item -> {
            descriptions.add(item.get("description").asString());
            dueDates.add(LocalDate.parse(item.get("dueOn").asString()));
        });
        assertThat(descriptions).contains(sooner, later);
        assertThat(descriptions.indexOf(sooner)).isLessThan(descriptions.indexOf(later));
        assertThat(dueDates).isSorted().allSatisfy(d -> assertThat(d).isBetween(today, today.plusDays(4)));
        JsonNode first = items.get(descriptions.indexOf(sooner));
        assertThat(first.get("subject").asString()).isNotBlank();
        assertThat(first.get("teacher").asString()).isNotBlank();
        assertThat(first.get("handInRequired").asBoolean()).isFalse();
        assertThat(fixture.count("select count(*) from audit_log where actor_id = ? and subject_id = ?",
                parentMember.accountId(), fixture.eleveId().value())).isEqualTo(auditedBefore + 1);
    }

    @Test
    void aParentReadsTheirChildsHomeworkPageGroupedByDay() {
        String description = giveHomeworkToTheDemoPupilsClass(1);
        UserAgent parent = UserAgent.signedIn(port, DemoAccounts.PARENT);
        String page = parent.get("/homework/pupils/" + fixture.eleveId()).body();
        assertThat(page).contains(description, "Pour ");
    }

    @Test
    void thePupilSeesTheirOwnHomeworkWithADoneCheckboxAndTheirReadIsNotAudited() {
        String description = giveHomeworkToTheDemoPupilsClass(2);
        Member eleveMember = fixture.member(DemoAccounts.ELEVE);
        UserAgent eleve = UserAgent.signedIn(port, DemoAccounts.ELEVE);
        assertThat(eleve.get(homeworkPath(today, today.plusDays(3))).body()).contains(description);
        assertThat(eleve.get("/homework/pupils/" + fixture.eleveId()).body()).contains(description, "type=\"checkbox\"");
        assertThat(fixture.count("select count(*) from audit_log where actor_id = ?", eleveMember.accountId())).isZero();
    }

    @Test
    void anotherFamilyGets404ForThePupilsHomework() {
        giveHomeworkToTheDemoPupilsClass(2);
        UserAgent parent2 = UserAgent.signedIn(port, DemoAccounts.PARENT2);
        HttpResponse<String> api = parent2.get(homeworkPath(today, today.plusDays(3)));
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(parent2.get("/homework/pupils/" + fixture.eleveId()).statusCode()).isEqualTo(404);
    }

    @Test
    void withoutDatesTheApiAnswersTheNextTwoWeeks() {
        String description = giveHomeworkToTheDemoPupilsClass(6);
        HttpResponse<String> response = UserAgent.signedIn(port, DemoAccounts.PARENT)
                .get("/api/v1/students/" + fixture.eleveId() + "/homework");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(description);
    }

    @Test
    void anonymousCallersGet401() {
        assertThat(UserAgent.anonymous(port).get(homeworkPath(today, today.plusDays(3))).statusCode()).isEqualTo(401);
    }

    @Test
    void thePupilTicksHomeworkAsDone() {
        String description = giveHomeworkToTheDemoPupilsClass(2);
        UserAgent eleve = UserAgent.signedIn(port, DemoAccounts.ELEVE);
        String id = findId(eleve.get(homeworkPath(today, today.plusDays(3))).body(), description);
        eleve.get("/homework/pupils/" + fixture.eleveId());
        assertThat(eleve.postForm("/homework/" + id + "/done", java.util.Map.of("done", "true")).statusCode())
                .isEqualTo(302);
        JsonNode item = item(eleve.get(homeworkPath(today, today.plusDays(3))).body(), id);
        assertThat(item.get("done").asBoolean()).isTrue();
    }

    @Test
    void aParentCannotTickHomeworkForTheirChild() {
        String description = giveHomeworkToTheDemoPupilsClass(2);
        UserAgent parent = UserAgent.signedIn(port, DemoAccounts.PARENT);
        String id = findId(parent.get(homeworkPath(today, today.plusDays(3))).body(), description);
        assertThat(parent.postForm("/homework/" + id + "/done", java.util.Map.of("done", "true")).statusCode())
                .isEqualTo(403);
    }

    static String findId(String json, String description) {
        for (JsonNode item : JsonMapper.builder().build().readTree(json)) {
            if (item.get("description").asString().equals(description)) {
                return item.get("id").asString();
            }
        }
        throw new AssertionError("No homework " + description + " in " + json);
    }

    static JsonNode item(String json, String id) {
        for (JsonNode item : JsonMapper.builder().build().readTree(json)) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("No homework " + id + " in " + json);
    }
}
