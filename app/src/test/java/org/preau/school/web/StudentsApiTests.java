package org.preau.school.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.platform.Member;
import org.preau.platform.TenantContext;
import org.preau.school.PupilAccess;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolDirectory;
import org.preau.support.DemoMembers;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@PreauTest
class StudentsApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchoolDirectory directory;
    @Autowired
    PupilAccess access;
    @Autowired
    ObjectMapper json;

    private Member member(String username) {
        return new DemoMembers(jdbc, directory).member(username);
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private long auditRows(Member reader, UUID pupil) {
        return TenantContext.callAs(reader.school(), () -> jdbc.sql(
                        "select count(*) from audit_log where school_id = ? and actor_id = ? and subject_id = ?")
                .param(reader.school().value()).param(reader.accountId()).param(pupil).query(Long.class).single());
    }

    @Test
    void unauthenticatedCallersGet401() {
        assertThat(UserAgent.anonymous(port).get("/api/v1/students").statusCode()).isEqualTo(401);
        assertThat(UserAgent.anonymous(port).get("/api/v1/students/" + UUID.randomUUID()).statusCode()).isEqualTo(401);
    }

    @Test
    void directionListsTheWholeSchoolPageByPage() {
        UserAgent direction = UserAgent.signedIn(port, DemoAccounts.DIRECTION);
        JsonNode page = body(direction.get("/api/v1/students?page=1&size=20"));
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("totalElements").asLong()).isBetween(570L, 660L);
        assertThat(page.get("content")).hasSize(20);
        JsonNode first = page.get("content").get(0);
        assertThat(first.get("id").asString()).isNotBlank();
        assertThat(first.get("division").asString()).matches("[3-6]e [A-F]");
    }

    @Test
    void aParentListsTheirChildrenOnlyAndTheReadIsAudited() {
        Member parent = member(DemoAccounts.PARENT);
        List<PupilSummary> children = TenantContext.callAs(parent.school(), () -> access.childrenOf(parent));
        long before = auditRows(parent, children.getFirst().id().value());
        JsonNode page = body(UserAgent.signedIn(port, DemoAccounts.PARENT).get("/api/v1/students"));
        assertThat(page.get("totalElements").asLong()).isEqualTo(children.size());
        assertThat(page.get("content").valueStream().map(n -> n.get("id").asString()).toList())
                .containsExactlyInAnyOrderElementsOf(children.stream().map(c -> c.id().toString()).toList());
        assertThat(auditRows(parent, children.getFirst().id().value())).isEqualTo(before + 1);
    }

    @Test
    void staffSeeTheGuardiansOfAPupilParentsDoNot() {
        Member eleve = member(DemoAccounts.ELEVE);
        String path = "/api/v1/students/" + eleve.pupilId();
        Member professeur = member(DemoAccounts.PROFESSEUR);
        long before = auditRows(professeur, eleve.pupilId());
        HttpResponse<String> asTeacher = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR).get(path);
        assertThat(asTeacher.statusCode()).isEqualTo(200);
        JsonNode record = body(asTeacher);
        assertThat(record.get("division").asString()).isEqualTo(DemoAccounts.ELEVE_DIVISION);
        assertThat(record.get("guardians").valueStream().map(g -> g.get("lastName").asString()).toList())
                .isNotEmpty();
        assertThat(auditRows(professeur, eleve.pupilId())).isEqualTo(before + 1);
        JsonNode asParent = body(UserAgent.signedIn(port, DemoAccounts.PARENT).get(path));
        assertThat(asParent.get("firstName").asString()).isEqualTo(record.get("firstName").asString());
        assertThat(asParent.has("guardians")).isFalse();
    }

    @Test
    void aPupilReadingThemselfIsNotAudited() {
        Member eleve = member(DemoAccounts.ELEVE);
        HttpResponse<String> self = UserAgent.signedIn(port, DemoAccounts.ELEVE).get("/api/v1/students/" + eleve.pupilId());
        assertThat(self.statusCode()).isEqualTo(200);
        assertThat(auditRows(eleve, eleve.pupilId())).isZero();
    }

    @Test
    void aPupilOfAnotherFamilyIsNotFoundAsProblemJson() {
        Member parent2 = member(DemoAccounts.PARENT2);
        PupilSummary other = TenantContext.callAs(parent2.school(), () -> access.childrenOf(parent2)).getFirst();
        HttpResponse<String> response = UserAgent.signedIn(port, DemoAccounts.PARENT).get("/api/v1/students/" + other.id());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(body(response).get("status").asInt()).isEqualTo(404);
        HttpResponse<String> teacher = UserAgent.signedIn(port, DemoAccounts.ELEVE).get("/api/v1/students/" + other.id());
        assertThat(teacher.statusCode()).isEqualTo(404);
    }

    @Test
    void theEndpointsAreDocumented() {
        String docs = UserAgent.anonymous(port).get("/v3/api-docs").body();
        assertThat(docs).contains("/api/v1/students", "/api/v1/students/{id}");
    }
}
