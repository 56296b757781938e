package org.preau.web;

import static org.assertj.core.api.Assertions.assertThat;

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

@PreauTest
class HomePageTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchoolDirectory directory;
    @Autowired
    PupilAccess pupils;

    private String home(String username) {
        var response = UserAgent.signedIn(port, username).get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void thePupilSeesTheirDivisionAndProfesseurPrincipal() {
        String page = home(DemoAccounts.ELEVE);
        assertThat(page).contains("Ma classe").contains(DemoAccounts.ELEVE_DIVISION).contains("Professeur principal")
                .contains("Travail à faire").doesNotContain("Mes enfants").doesNotContain("Journal d&#39;accès");
        assertThat(page).doesNotContain("Non désigné");
    }

    @Test
    void theParentSeesEachChildWithALinkToTheirCard() {
        Member parent = new DemoMembers(jdbc, directory).member(DemoAccounts.PARENT);
        String page = home(DemoAccounts.PARENT);
        assertThat(page).contains("Mes enfants");
        for (PupilSummary child : TenantContext.callAs(parent.school(), () -> pupils.childrenOf(parent))) {
            assertThat(page).contains("href=\"/pupils/" + child.id().value() + "\"")
                    .contains(child.firstName() + " " + child.lastName());
        }
    }

    @Test
    void theProfesseurSeesTheirClassesWithPupilCounts() {
        String page = home(DemoAccounts.PROFESSEUR);
        assertThat(page).contains("Mes classes").contains(DemoAccounts.ELEVE_DIVISION)
                .contains("professeur principal").containsPattern("<td class=\"num\">\\d{2}</td>");
    }

    @Test
    void directionAndCpeSeeTheSchoolInFiguresButOnlyDirectionGetsStructureAndAuditLinks() {
        String direction = home(DemoAccounts.DIRECTION);
        assertThat(direction).contains("L&#39;établissement").contains("href=\"/school\"").contains("href=\"/audit\"")
                .contains(DemoAccounts.SCHOOL_NAME);
        String cpe = home(DemoAccounts.CPE);
        assertThat(cpe).contains("L&#39;établissement").doesNotContain("href=\"/school\"")
                .doesNotContain("href=\"/audit\"");
    }

    @Test
    void theEnglishSwitchTranslatesThePageAndIsRemembered() {
        UserAgent parent = UserAgent.signedIn(port, DemoAccounts.PARENT);
        assertThat(parent.get("/?lang=en").body()).contains("My children").contains("lang=\"en\"");
        assertThat(parent.get("/").body()).contains("My children");
        assertThat(parent.get("/?lang=fr").body()).contains("Mes enfants");
    }
}
