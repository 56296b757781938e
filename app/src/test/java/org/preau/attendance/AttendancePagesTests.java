package org.preau.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PreauTest
class AttendancePagesTests {

    @LocalServerPort
    int port;
    @Autowired
    AttendanceFixtures fixtures;

    @Test
    void vieScolaireSeesTodayTheAlertsTheStatisticsAndTheMotifs() {
        UserAgent cpe = UserAgent.signedIn(port, DemoAccounts.CPE);

        assertThat(cpe.get("/attendance/vie-scolaire").body()).contains("Absences et retards du jour", "hx-trigger=\"every 20s\"");
        assertThat(cpe.get("/attendance/vie-scolaire/aujourdhui").body()).contains("Appels du jour");
        assertThat(cpe.get("/attendance/vie-scolaire/alertes").body()).contains("class=\"alert-line\"");
        assertThat(cpe.get("/attendance/vie-scolaire/statistiques").body()).contains("<svg", "class=\"unjustified\"", "5e B");
        assertThat(cpe.get("/attendance/vie-scolaire/motifs").body()).contains("Maladie", "Rendez-vous médical", "Sans motif");
        assertThat(cpe.get("/attendance/vie-scolaire/eleves/" + fixtures.eleve().value()).body())
                .contains("Demi-journées d’absence par mois", "<svg", "Contacts avec la famille");
    }

    @Test
    void vieScolaireRecordsAContactWithTheFamily() {
        UserAgent cpe = UserAgent.signedIn(port, DemoAccounts.CPE);
        String page = "/attendance/vie-scolaire/eleves/" + fixtures.eleve().value();
        cpe.get(page);

        var saved = cpe.postForm(page + "/contacts", Map.of("channel", "TELEPHONE", "note", "Mère jointe, rendez-vous"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(cpe.get(page).body()).contains("Mère jointe, rendez-vous");
    }

    @Test
    void onlyVieScolaireOpensItsPages() {
        assertThat(UserAgent.signedIn(port, DemoAccounts.PARENT).get("/attendance/vie-scolaire").statusCode()).isEqualTo(403);
        assertThat(UserAgent.signedIn(port, DemoAccounts.PROFESSEUR).get("/attendance/vie-scolaire/statistiques")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aParentSeesEachChildsAbsencesWithAFormToJustify() {
        String page = UserAgent.signedIn(port, DemoAccounts.PARENT).get("/attendance/absences").body();

        assertThat(page).contains("Absences et retards", "5e B", "3e D", "enctype=\"multipart/form-data\"",
                "à justifier");
    }

    @Test
    void aTeacherSeesTheLessonPickerUntilTheTimetableIsPublished() {
        String page = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR).get("/attendance/appel").body();

        assertThat(page).contains("Ouvrir l’appel", "name=\"assignmentId\"");
    }
}
