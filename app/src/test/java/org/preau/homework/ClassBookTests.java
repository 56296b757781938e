package org.preau.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who lands where from the "Cahier de textes" link, and who reads a class's cahier de textes. */
@PreauTest
class ClassBookTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CahierDeTextes cahier;
    @Autowired
    HomeworkFixture fixture;

    @Test
    void eachRoleLandsOnItsOwnPage() {
        assertThat(UserAgent.location(UserAgent.signedIn(port, DemoAccounts.ELEVE).get("/homework")))
                .isEqualTo("/homework/pupils/" + fixture.eleveId());
        assertThat(UserAgent.location(UserAgent.signedIn(port, DemoAccounts.PROFESSEUR).get("/homework")))
                .isEqualTo("/homework/lessons");
        assertThat(UserAgent.location(UserAgent.signedIn(port, DemoAccounts.DIRECTION).get("/homework")))
                .isEqualTo("/homework/classes");
        HttpResponse<String> parent = UserAgent.signedIn(port, DemoAccounts.PARENT).get("/homework");
        assertThat(parent.statusCode()).isEqualTo(200);
        assertThat(parent.body()).contains(fixture.eleve().firstName(), "/homework/pupils/" + fixture.eleveId());
    }

    @Test
    void theTeachersWeekListsTheirLessonsAndClasses() {
        HttpResponse<String> week = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR).get("/homework/lessons");
        assertThat(week.statusCode()).isEqualTo(200);
        assertThat(week.body()).contains(fixture.professeurInEleveDivision().targetName(), "Nouvelle séance");
    }

    @Test
    void directionReadsAnyClassesCahierDeTextesButATeacherOnlyTheirClassesAndAParentNone() {
        String eleveClass = "/homework/classes/d:" + fixture.eleve().divisionId().value();
        UserAgent direction = UserAgent.signedIn(port, DemoAccounts.DIRECTION);
        assertThat(direction.get("/homework/classes").body()).contains(eleveClass);
        HttpResponse<String> page = direction.get(eleveClass + "?week=" + org.preau.homework.internal.SchoolClock.today());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(fixture.eleve().divisionName());

        UserAgent professeur = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR);
        assertThat(professeur.get(eleveClass).statusCode()).isEqualTo(200);
        String elsewhere = "/homework/classes/d:" + fixture.assignmentInAClassProfesseurDoesNotTeach().divisionId().value();
        assertThat(professeur.get(elsewhere).statusCode()).isEqualTo(403);

        UserAgent parent = UserAgent.signedIn(port, DemoAccounts.PARENT);
        assertThat(parent.get("/homework/classes").statusCode()).isEqualTo(403);
        assertThat(parent.get(eleveClass).statusCode()).isEqualTo(403);
    }
}
