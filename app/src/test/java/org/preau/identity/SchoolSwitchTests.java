package org.preau.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.platform.Ids;
import org.preau.support.OwnerDatabase;
import org.preau.support.PreauTest;
import org.preau.support.SchoolFixture;
import org.preau.support.SchoolFixture.BuiltSchool;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

@PreauTest
class SchoolSwitchTests {

    @LocalServerPort
    int port;
    @Autowired
    Environment env;
    @Autowired
    AccountManagement accounts;

    @Test
    void aParentWithChildrenInTwoSchoolsSignsInToTheFirstAndSwitchesToTheOther() {
        JdbcClient owner = OwnerDatabase.jdbc(env);
        BuiltSchool first = new SchoolFixture(owner, accounts).build("deux-a", "Collège des Deux Rives", 1);
        BuiltSchool second = new SchoolFixture(owner, accounts).build("deux-b", "Lycée de l'Autre Rive", 2);
        UUID account = owner.sql("select id from accounts where username = ?").param(first.guardianUsername())
                .query(UUID.class).single();
        UUID guardianThere = Ids.newId();
        owner.sql("insert into guardians (school_id, id, first_name, last_name, account_id) values (?, ?, 'Parent', 'DEUX', ?)")
                .params(second.school().value(), guardianThere, account).update();
        owner.sql("insert into guardian_links (school_id, pupil_id, guardian_id, relationship) values (?, ?, ?, 'PERE')")
                .params(second.school().value(), second.pupilIds().get(1), guardianThere).update();

        UserAgent parent = UserAgent.signedIn(port, first.guardianUsername());
        assertThat(parent.get("/api/v1/me").body()).contains(first.uai()).contains(first.pupilIds().get(0).toString());
        String home = parent.get("/").body();
        assertThat(home).contains("Collège des Deux Rives").contains("Lycée de l&#39;Autre Rive")
                .contains("name=\"school\"");

        var switched = parent.postForm("/account/school", Map.of("school", second.school().value().toString()));
        assertThat(switched.statusCode()).isEqualTo(302);
        String me = parent.get("/api/v1/me").body();
        assertThat(me).contains(second.uai()).contains(second.pupilIds().get(1).toString())
                .doesNotContain(first.pupilIds().get(0).toString());
        assertThat(parent.get("/pupils/" + first.pupilIds().get(0)).statusCode()).isEqualTo(404);
        assertThat(parent.get("/pupils/" + second.pupilIds().get(1)).statusCode()).isEqualTo(200);
    }

    @Test
    void nobodySwitchesToASchoolTheyHaveNoPlaceIn() {
        JdbcClient owner = OwnerDatabase.jdbc(env);
        BuiltSchool school = new SchoolFixture(owner, accounts).build("seul", "Collège Solitaire", 1);
        UUID demo = owner.sql("select school_id from schools where uai = ?").param(DemoAccounts.SCHOOL_UAI)
                .query(UUID.class).single();
        UserAgent parent = UserAgent.signedIn(port, school.guardianUsername());
        assertThat(parent.get("/").body()).doesNotContain("name=\"school\"");
        var refused = parent.postForm("/account/school", Map.of("school", demo.toString()));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(parent.get("/api/v1/me").body()).contains(school.uai()).doesNotContain(DemoAccounts.SCHOOL_UAI);
    }
}
