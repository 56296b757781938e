package org.preau.school.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.preau.school.SchoolDirectory;
import org.preau.school.internal.structure.EditableEntity;
import org.preau.school.internal.structure.StructureCatalog;
import org.preau.support.DemoMembers;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PreauTest
class StructurePagesTests {

    private static final Map<String, UserAgent> SIGNED_IN = new java.util.concurrent.ConcurrentHashMap<>();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchoolDirectory directory;

    private UserAgent as(String username) {
        return SIGNED_IN.computeIfAbsent(username + "@" + port, k -> UserAgent.signedIn(port, username));
    }

    private SchoolId school() {
        return new DemoMembers(jdbc, directory).demoSchool();
    }

    private long count(String sql, Object... params) {
        return TenantContext.callAs(school(), () -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    @Test
    void onlyTheDirectionGetsIn() {
        for (String username : java.util.List.of(DemoAccounts.PROFESSEUR, DemoAccounts.CPE, DemoAccounts.PARENT,
                DemoAccounts.ELEVE)) {
            UserAgent browser = as(username);
            assertThat(browser.get("/school").statusCode()).as(username).isEqualTo(403);
            assertThat(browser.get("/school/pupils").statusCode()).as(username).isEqualTo(403);
            browser.get("/");
            assertThat(browser.postForm("/school/rooms/new", Map.of("name", "Salle pirate", "kind", "OTHER",
                    "capacity", "10")).statusCode()).as(username).isEqualTo(403);
        }
        assertThat(count("select count(*) from rooms where school_id = ? and name = 'Salle pirate'",
                school().value())).isZero();
    }

    @Test
    void everyListAndFormRendersForTheDirection() {
        UserAgent direction = as(DemoAccounts.DIRECTION);
        assertThat(direction.get("/school").body()).contains("Divisions", "Services d&#39;enseignement");
        for (EditableEntity entity : StructureCatalog.ENTITIES) {
            HttpResponse<String> list = direction.get("/school/" + entity.key());
            assertThat(list.statusCode()).as(entity.key()).isEqualTo(200);
            if (entity.creatable()) {
                assertThat(direction.get("/school/" + entity.key() + "/new").statusCode()).as(entity.key())
                        .isEqualTo(200);
            }
        }
        assertThat(direction.get("/school/divisions").body()).contains("5e B");
        assertThat(direction.get("/school/etablissement/current").body()).contains(DemoAccounts.SCHOOL_NAME);
    }

    @Test
    void invalidValuesAreRefusedWithTheFieldNamed() {
        UserAgent direction = as(DemoAccounts.DIRECTION);
        direction.get("/school/subjects/new");
        long before = count("select count(*) from subjects where school_id = ?", school().value());
        HttpResponse<String> response = direction.postForm("/school/subjects/new",
                Map.of("code", "", "name", "Latin", "colour", "rouge"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("« Code » est obligatoire.")
                .contains("« Couleur » doit être une couleur au format #RRVVBB.")
                .contains("value=\"Latin\"");
        assertThat(count("select count(*) from subjects where school_id = ?", school().value())).isEqualTo(before);
    }

    @Test
    void aDuplicateNameAndADivisionWithAGroupAreRefused() {
        UserAgent direction = as(DemoAccounts.DIRECTION);
        direction.get("/school/rooms/new");
        assertThat(direction.postForm("/school/rooms/new", Map.of("name", "CDI", "kind", "CDI", "capacity", "30")).body())
                .contains("« Nom » : cette valeur existe déjà.");
        String division = TenantContext.callAs(school(), () -> jdbc.sql(
                "select id::text from divisions where school_id = ? limit 1").param(school().value())
                .query(String.class).single());
        String group = TenantContext.callAs(school(), () -> jdbc.sql(
                "select id::text from groups where school_id = ? limit 1").param(school().value())
                .query(String.class).single());
        String teacher = TenantContext.callAs(school(), () -> jdbc.sql(
                "select staff_id::text from staff_roles where school_id = ? and role = 'PROFESSEUR' limit 1")
                .param(school().value()).query(String.class).single());
        String subject = TenantContext.callAs(school(), () -> jdbc.sql(
                "select id::text from subjects where school_id = ? limit 1").param(school().value())
                .query(String.class).single());
        direction.get("/school/assignments/new");
        HttpResponse<String> both = direction.postForm("/school/assignments/new", Map.of("teacher_id", teacher,
                "subject_id", subject, "division_id", division, "group_id", group, "weekly_hours", "1,25"));
        assertThat(both.body()).contains("« Heures par semaine » doit être un nombre d&#39;heures positif");
        HttpResponse<String> hoursFixed = direction.postForm("/school/assignments/new", Map.of("teacher_id", teacher,
                "subject_id", subject, "division_id", division, "group_id", group, "weekly_hours", "1.5"));
        assertThat(hoursFixed.body()).contains("« Division » : choisir une division ou un groupe, pas les deux.");
    }

    @Test
    void theDirectionCreatesAndEditsARoom() {
        UserAgent direction = as(DemoAccounts.DIRECTION);
        direction.get("/school/rooms/new");
        HttpResponse<String> created = direction.postForm("/school/rooms/new",
                Map.of("name", "Salle polyvalente", "kind", "OTHER", "capacity", "80"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/school/rooms"));
        UUID id = TenantContext.callAs(school(), () -> jdbc.sql(
                "select id from rooms where school_id = ? and name = 'Salle polyvalente'").param(school().value())
                .query(UUID.class).single());
        assertThat(direction.get("/school/rooms/" + id).body()).contains("value=\"80\"");
        HttpResponse<String> tooBig = direction.postForm("/school/rooms/" + id,
                Map.of("name", "Salle polyvalente", "kind", "OTHER", "capacity", "900"));
        assertThat(tooBig.body()).contains("« Capacité » doit être entre 1 et 500.");
        direction.postForm("/school/rooms/" + id, Map.of("name", "Salle polyvalente", "kind", "OTHER", "capacity", "120"));
        assertThat(count("select capacity from rooms where school_id = ? and id = ?", school().value(), id))
                .isEqualTo(120);
    }

    @Test
    void aReferenceToAnotherSchoolsRowIsRefused() {
        UserAgent direction = as(DemoAccounts.DIRECTION);
        direction.get("/school/divisions/new");
        String year = TenantContext.callAs(school(), () -> jdbc.sql(
                "select id::text from school_years where school_id = ? limit 1").param(school().value())
                .query(String.class).single());
        HttpResponse<String> response = direction.postForm("/school/divisions/new", Map.of("school_year_id", year,
                "level_id", UUID.randomUUID().toString(), "name", "6e Z"));
        assertThat(response.body()).contains("« Niveau » : choix inconnu.");
        assertThat(count("select count(*) from divisions where school_id = ? and name = '6e Z'", school().value()))
                .isZero();
    }
}
