package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.platform.Member;
import org.preau.platform.TenantContext;
import org.preau.school.PupilAccess;
import org.preau.school.SchoolDirectory;
import org.preau.support.DemoMembers;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PreauTest
class MeApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchoolDirectory directory;
    @Autowired
    PupilAccess pupils;

    private JsonNode me(String username) {
        var response = UserAgent.signedIn(port, username).get("/api/v1/me");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void anonymousCallersGet401() {
        assertThat(UserAgent.anonymous(port).get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aParentSeesTheirRolesSchoolAndExactlyTheirChildren() {
        JsonNode me = me(DemoAccounts.PARENT);
        Member parent = new DemoMembers(jdbc, directory).member(DemoAccounts.PARENT);
        assertThat(me.get("id").asString()).isEqualTo(parent.accountId().toString());
        assertThat(me.get("displayName").asString()).isEqualTo(parent.displayName());
        assertThat(me.get("roles").valueStream().map(JsonNode::asString).toList()).containsExactly("parent");
        assertThat(me.get("school").get("uai").asString()).isEqualTo(DemoAccounts.SCHOOL_UAI);
        assertThat(me.get("school").get("name").asString()).isEqualTo(DemoAccounts.SCHOOL_NAME);

        List<String> expected = TenantContext.callAs(parent.school(), () -> pupils.childrenOf(parent)).stream()
                .map(child -> child.id().value() + " " + child.firstName() + " " + child.lastName() + " "
                        + child.divisionName())
                .toList();
        List<String> children = me.get("children").valueStream()
                .map(child -> child.get("id").asString() + " " + child.get("firstName").asString() + " "
                        + child.get("lastName").asString() + " " + child.get("division").asString())
                .toList();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(2);
        assertThat(children).containsExactlyElementsOf(expected);
        assertThat(children).anySatisfy(child -> assertThat(child).endsWith(DemoAccounts.ELEVE_DIVISION));
    }

    @Test
    void staffAndPupilsHaveTheirLowerCaseRolesAndNoChildren() {
        assertThat(me(DemoAccounts.DIRECTION).get("roles").valueStream().map(JsonNode::asString).toList())
                .contains("direction");
        assertThat(me(DemoAccounts.CPE).get("roles").valueStream().map(JsonNode::asString).toList())
                .containsExactly("cpe");
        JsonNode professeur = me(DemoAccounts.PROFESSEUR);
        assertThat(professeur.get("roles").valueStream().map(JsonNode::asString).toList()).containsExactly("professeur");
        assertThat(professeur.has("children")).isFalse();
        JsonNode eleve = me(DemoAccounts.ELEVE);
        assertThat(eleve.get("roles").valueStream().map(JsonNode::asString).toList()).containsExactly("eleve");
        assertThat(eleve.has("children")).isFalse();
    }
}
