package org.preau.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.preau.demo.DemoAccounts;
import org.preau.identity.AccountManagement;
import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.preau.support.OwnerDatabase;
import org.preau.support.PreauTest;
import org.preau.support.SchoolFixture;
import org.preau.support.SchoolFixture.BuiltSchool;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two schools in one database: the row-level security backstop keeps each school's rows to itself even for a
 * query that forgets its {@code school_id} filter, as long as it runs through the application's DataSource; and
 * no API call or page of one school shows another school's pupils.
 */
@PreauTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTests {

    @LocalServerPort
    int port;
    @Autowired
    Environment env;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcClient app;

    JdbcClient owner;
    BuiltSchool schoolA;
    BuiltSchool schoolB;

    @BeforeAll
    void buildTwoSchools() {
        owner = OwnerDatabase.jdbc(env);
        schoolA = new SchoolFixture(owner, accounts).build("rls-a", "Collège Alpha", 3);
        schoolB = new SchoolFixture(owner, accounts).build("rls-b", "Collège Bêta", 2);
    }

    private long ownerCount(String table, BuiltSchool school) {
        return owner.sql("select count(*) from " + table + " where school_id = ?").param(school.school().value())
                .query(Long.class).single();
    }

    private long appCountWithoutFilter(String table) {
        return app.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void theApplicationConnectsAsARoleThatRowLevelSecurityBinds() {
        assertThat(app.sql("select current_user").query(String.class).single())
                .isEqualTo(env.getProperty("preau.db.app-user"));
        assertThat(app.sql("select rolbypassrls or rolsuper from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void aQueryWithoutSchoolFilterSeesOnlyTheCurrentSchoolsRows() {
        for (String table : new String[] {"pupils", "divisions", "staff", "guardians", "guardian_links"}) {
            assertThat(TenantContext.callAs(schoolA.school(), () -> appCountWithoutFilter(table)))
                    .as(table + " seen from school A").isEqualTo(ownerCount(table, schoolA)).isPositive();
            assertThat(TenantContext.callAs(schoolB.school(), () -> appCountWithoutFilter(table)))
                    .as(table + " seen from school B").isEqualTo(ownerCount(table, schoolB)).isPositive();
        }
        assertThat(TenantContext.callAs(schoolA.school(), () -> app.sql("select count(*) from pupils where school_id = ?")
                .param(schoolB.school().value()).query(Long.class).single())).isZero();
    }

    @Test
    void withoutACurrentSchoolNoSchoolRowIsVisible() {
        assertThat(TenantContext.current()).isEmpty();
        assertThat(appCountWithoutFilter("pupils")).isZero();
        assertThat(appCountWithoutFilter("staff")).isZero();
        assertThat(ownerCount("pupils", schoolA)).isEqualTo(3);
    }

    @Test
    void aSchoolCannotWriteRowsIntoAnother() {
        assertThatThrownBy(() -> TenantContext.runAs(schoolA.school(), () -> app.sql(
                        "insert into pupils (school_id, id, first_name, last_name) values (?, ?, 'Intrus', 'INTRUS')")
                .params(schoolB.school().value(), Ids.newId()).update()))
                .rootCause().hasMessageContaining("row-level security");
        int changed = TenantContext.callAs(schoolA.school(), () -> app.sql(
                        "update pupils set first_name = 'Changé' where school_id = ?")
                .param(schoolB.school().value()).update());
        assertThat(changed).isZero();
        assertThat(owner.sql("select count(*) from pupils where school_id = ? and first_name = 'Changé'")
                .param(schoolB.school().value()).query(Long.class).single()).isZero();
    }

    private List<UUID> demoPupilIds() {
        UUID demo = owner.sql("select school_id from schools where uai = ?").param(DemoAccounts.SCHOOL_UAI)
                .query(UUID.class).single();
        return owner.sql("select id from pupils where school_id = ? order by id").param(demo).query(UUID.class).list();
    }

    /** Every pupil id the API lists to {@code agent}, page after page. */
    private static Set<String> listedPupils(UserAgent agent) {
        Set<String> ids = new java.util.TreeSet<>();
        for (int page = 0; page < 100; page++) {
            var response = agent.get("/api/v1/students?size=200&page=" + page);
            assertThat(response.statusCode()).isEqualTo(200);
            var content = tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body())
                    .get("content");
            if (content.isEmpty()) {
                return ids;
            }
            content.valueStream().forEach(pupil -> ids.add(pupil.get("id").asString()));
        }
        return ids;
    }

    @Test
    void theDemoSchoolsDirectionNeverSeesAnotherSchoolsPupils() {
        UserAgent direction = UserAgent.signedIn(port, DemoAccounts.DIRECTION);
        Set<String> listed = listedPupils(direction);
        assertThat(listed).hasSize(demoPupilIds().size());
        assertThat(listed).doesNotContainAnyElementsOf(schoolB.pupilIds().stream().map(UUID::toString).toList());
        List<String> leaks = new ArrayList<>();
        for (UUID other : schoolB.pupilIds()) {
            for (String path : pupilPaths(other)) {
                int status = direction.get(path).statusCode();
                if (status != 403 && status != 404) {
                    leaks.add(path + ": " + status);
                }
            }
        }
        assertThat(leaks).as("another school's pupils reached from the demo school").isEmpty();
        assertThat(direction.get("/").body()).doesNotContain(schoolB.name());
    }

    @Test
    void anotherSchoolsMembersNeverSeeTheDemoSchool() {
        List<UUID> demoPupils = demoPupilIds();
        for (String username : List.of(schoolB.directionUsername(), schoolB.guardianUsername(),
                schoolB.pupilUsername(), schoolB.staffUsername())) {
            UserAgent member = UserAgent.signedIn(port, username);
            assertThat(listedPupils(member)).as(username).isSubsetOf(
                    schoolB.pupilIds().stream().map(UUID::toString).collect(Collectors.toSet()));
            assertThat(member.get("/api/v1/me").body()).contains(schoolB.uai()).doesNotContain(DemoAccounts.SCHOOL_UAI);
            for (String key : AuthorisationMatrixTests.ENDPOINTS.keySet()) {
                String path = key.substring(key.indexOf(' ') + 1);
                if (key.startsWith("GET ") && !path.contains("{")) {
                    String body = member.get(path).body();
                    assertThat(body).as(username + " " + path).doesNotContain(DemoAccounts.SCHOOL_NAME);
                    for (UUID demoPupil : demoPupils.subList(0, Math.min(100, demoPupils.size()))) {
                        assertThat(body).as(username + " " + path).doesNotContain(demoPupil.toString());
                    }
                }
            }
            List<String> leaks = new ArrayList<>();
            for (UUID demoPupil : demoPupils.subList(0, 20)) {
                for (String path : pupilPaths(demoPupil)) {
                    int status = member.get(path).statusCode();
                    if (status != 403 && status != 404) {
                        leaks.add(path + ": " + status);
                    }
                }
            }
            assertThat(leaks).as(username + " reaching the demo school's pupils").isEmpty();
        }
        assertThat(UserAgent.signedIn(port, schoolB.directionUsername()).get("/").body())
                .contains(schoolB.name()).doesNotContain(DemoAccounts.SCHOOL_NAME);
    }

    /** The card page and every GET endpoint of the authorisation table that is about one pupil, for {@code pupil}. */
    private static List<String> pupilPaths(UUID pupil) {
        List<String> paths = new ArrayList<>();
        paths.add("/pupils/" + pupil);
        AuthorisationMatrixTests.ENDPOINTS.forEach((key, endpoint) -> {
            String template = key.substring(key.indexOf(' ') + 1);
            if (key.startsWith("GET ") && endpoint.access().pupilScoped()
                    && template.replaceAll("\\{" + endpoint.pupilVariable(template) + "}", "").indexOf('{') < 0) {
                paths.add(template.replace("{" + endpoint.pupilVariable(template) + "}", pupil.toString()));
            }
        });
        return paths;
    }
}
