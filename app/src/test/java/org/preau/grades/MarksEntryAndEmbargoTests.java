package org.preau.grades;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
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

/** A teacher creates an evaluation and enters marks over HTTP; parents see them only once published. */
@PreauTest
class MarksEntryAndEmbargoTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    DemoPeople demo;
    UserAgent professeur;

    @BeforeEach
    void signIn() {
        demo = new DemoPeople(jdbc);
        professeur = UserAgent.signedIn(port, "professeur");
    }

    /** Creates an evaluation for the demo pupil's division, visible to families from {@code publishedAt}. */
    private UUID createEvaluation(String title, LocalDateTime publishedAt) {
        return createEvaluation(title, publishedAt, "");
    }

    private UUID createEvaluation(String title, LocalDateTime publishedAt, String component) {
        UUID assignment = demo.inSchool(() -> jdbc.sql("""
                        select ta.id from teaching_assignments ta
                        join pupils p on p.school_id = ta.school_id and p.division_id = ta.division_id
                        where ta.teacher_id = ? and p.id = ? limit 1""")
                .param(demo.staff("professeur")).param(demo.eleve()).query(UUID.class).single());
        HttpResponse<String> created = professeur.postForm("/grades/evaluations", Map.of(
                "assignmentId", assignment.toString(), "title", title, "heldOn", LocalDate.now().toString(),
                "periodId", demo.currentPeriod().toString(), "scale", "20", "coefficient", "2",
                "publishedAt", publishedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")),
                "component", component));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private HttpResponse<String> saveMark(UserAgent client, UUID evaluation, UUID pupil, String value) {
        return client.postForm("/grades/evaluations/" + evaluation + "/marks",
                Map.of("pupilId", pupil.toString(), "value", value));
    }

    private boolean seesEvaluation(UserAgent client, UUID evaluation) {
        HttpResponse<String> response = client.get("/api/v1/students/" + demo.eleve() + "/grades?periodId="
                + demo.currentPeriod());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().contains(evaluation.toString());
    }

    @Test
    void teacherSavesACellAndGetsTheClassStatistics() {
        UUID evaluation = createEvaluation("Contrôle de géométrie", LocalDateTime.now().minusHours(1));
        HttpResponse<String> saved = saveMark(professeur, evaluation, demo.eleve(), "17,5");
        assertThat(saved.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(saved.body());
        assertThat(body.get("value").asString()).isEqualTo("17.5");
        assertThat(body.get("statistics").get("count").asInt()).isEqualTo(1);
        assertThat(body.get("statistics").get("mean").asString()).isEqualTo("17.50");

        HttpResponse<String> grid = professeur.get("/grades/evaluations/" + evaluation);
        assertThat(grid.statusCode()).isEqualTo(200);
        assertThat(grid.body()).contains("Contrôle de géométrie").contains("value=\"17.5\"")
                .contains(demo.lastName(demo.eleve()).toUpperCase(java.util.Locale.FRENCH));
    }

    @Test
    void specialValuesAreSavedAndLeftOutOfTheStatistics() {
        UUID evaluation = createEvaluation("Interrogation surprise", LocalDateTime.now().minusHours(1));
        HttpResponse<String> saved = saveMark(professeur, evaluation, demo.eleve(), "ABS");
        assertThat(saved.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(saved.body());
        assertThat(body.get("value").asString()).isEqualTo("abs");
        assertThat(body.get("statistics").isEmpty()).isTrue();
        assertThat(professeur.get("/grades/evaluations/" + evaluation).body()).contains("value=\"abs\"");
    }

    @Test
    void aMarkAboveTheScaleIsRefused() {
        UUID evaluation = createEvaluation("Devoir maison 4", LocalDateTime.now().minusHours(1));
        HttpResponse<String> refused = saveMark(professeur, evaluation, demo.eleve(), "25");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json.readTree(refused.body()).get("error").asString()).contains("20");
    }

    @Test
    void onlyTheEvaluationsTeacherEntersMarks() {
        UUID evaluation = createEvaluation("Exposé", LocalDateTime.now().minusHours(1));
        assertThat(saveMark(UserAgent.signedIn(port, "direction"), evaluation, demo.eleve(), "12").statusCode())
                .isEqualTo(403);
        assertThat(saveMark(UserAgent.signedIn(port, "parent"), evaluation, demo.eleve(), "20").statusCode())
                .isEqualTo(403);
        assertThat(saveMark(professeur, evaluation, demo.pupilNotTaughtBy("professeur"), "12").statusCode())
                .isEqualTo(403);
    }

    @Test
    void parentDoesNotSeeAMarkBeforeItsPublicationTimeAndSeesItAfter() {
        LocalDateTime inThreeDays = LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(3);
        UUID evaluation = createEvaluation("Contrôle sous embargo", inThreeDays);
        assertThat(saveMark(professeur, evaluation, demo.eleve(), "14").statusCode()).isEqualTo(200);

        UserAgent parent = UserAgent.signedIn(port, "parent");
        UserAgent eleve = UserAgent.signedIn(port, "eleve");
        assertThat(seesEvaluation(parent, evaluation)).isFalse();
        assertThat(seesEvaluation(eleve, evaluation)).isFalse();
        assertThat(parent.get("/grades/pupils/" + demo.eleve()).body()).doesNotContain("Contrôle sous embargo");
        assertThat(seesEvaluation(professeur, evaluation)).isTrue();

        demo.inSchool(() -> jdbc.sql("update evaluations set published_at = now() - interval '1 minute' where id = ?")
                .param(evaluation).update());

        assertThat(seesEvaluation(parent, evaluation)).isTrue();
        assertThat(seesEvaluation(eleve, evaluation)).isTrue();
        assertThat(parent.get("/grades/pupils/" + demo.eleve()).body()).contains("Contrôle sous embargo");
    }

    @Test
    void teacherAssessesTheSocleComponentOfAnEvaluation() {
        UUID evaluation = createEvaluation("Rédaction", LocalDateTime.now().minusHours(1), "CPD_FRA");
        HttpResponse<String> saved = professeur.postForm("/grades/evaluations/" + evaluation + "/competences",
                Map.of("pupilId", demo.eleve().toString(), "level", "3"));
        assertThat(saved.statusCode()).isEqualTo(200);
        String grid = professeur.get("/grades/evaluations/" + evaluation).body();
        assertThat(grid).contains("langue française").contains("<option value=\"3\" selected=\"selected\">");
        String pupilPage = UserAgent.signedIn(port, "parent").get("/grades/pupils/" + demo.eleve()).body();
        assertThat(pupilPage).contains("Maîtrise satisfaisante");

        UUID withoutComponent = createEvaluation("Calcul mental", LocalDateTime.now().minusHours(1));
        assertThat(professeur.postForm("/grades/evaluations/" + withoutComponent + "/competences",
                Map.of("pupilId", demo.eleve().toString(), "level", "3")).statusCode()).isEqualTo(422);
    }
}
