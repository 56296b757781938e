package org.preau.grades;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
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

/** Direction's grading settings: subject coefficients in the overall average, and the publication rule. */
@PreauTest
class GradingSettingsTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    DemoPeople demo;
    UserAgent direction;

    @BeforeEach
    void signIn() {
        demo = new DemoPeople(jdbc);
        direction = UserAgent.signedIn(port, "direction");
    }

    @AfterEach
    void backToTheDefaults() {
        demo.inSchool(() -> jdbc.sql("delete from subject_coefficients where school_id = ?")
                .param(demo.school().value()).update());
        demo.inSchool(() -> jdbc.sql("delete from grading_settings where school_id = ?")
                .param(demo.school().value()).update());
    }

    private JsonNode gradesSeenBy(String username) {
        HttpResponse<String> response = UserAgent.signedIn(port, username)
                .get("/api/v1/students/" + demo.eleve() + "/grades?periodId=" + demo.currentPeriod());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void directionsSubjectCoefficientsWeighTheOverallAverageAParentCanRecomputeFromTheApi() {
        JsonNode before = gradesSeenBy("parent");
        assertThat(before.get("subjects").size()).isGreaterThanOrEqualTo(3);
        before.get("subjects").forEach(s -> assertThat(s.get("coefficient").decimalValue()).isEqualByComparingTo("1"));
        UUID first = UUID.fromString(before.get("subjects").get(0).get("subjectId").asString());
        UUID second = UUID.fromString(before.get("subjects").get(1).get("subjectId").asString());

        HttpResponse<String> saved = direction.postForm("/grades/settings/coefficients",
                Map.of("coef-" + first, "3", "coef-" + second, "0,5"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(direction.get("/grades/settings").body()).contains("id=\"coef-" + first + "\" name=\"coef-" + first
                + "\" value=\"3\"").contains("id=\"coef-" + second + "\" name=\"coef-" + second + "\" value=\"0.5\"");

        JsonNode after = gradesSeenBy("parent");
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal coefficients = BigDecimal.ZERO;
        Map<UUID, BigDecimal> coefficientOf = new HashMap<>();
        for (JsonNode subject : after.get("subjects")) {
            BigDecimal coefficient = subject.get("coefficient").decimalValue();
            coefficientOf.put(UUID.fromString(subject.get("subjectId").asString()), coefficient);
            if (!subject.get("average").isNull()) {
                weighted = weighted.add(subject.get("average").decimalValue().multiply(coefficient));
                coefficients = coefficients.add(coefficient);
            }
        }
        assertThat(coefficientOf.get(first)).isEqualByComparingTo("3");
        assertThat(coefficientOf.get(second)).isEqualByComparingTo("0.5");
        BigDecimal recomputed = weighted.divide(coefficients, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_UP);
        assertThat(after.get("overallAverage").decimalValue()).isEqualByComparingTo(recomputed);

        UserAgent parent = UserAgent.signedIn(port, "parent");
        String page = parent.get("/grades/pupils/" + demo.eleve()).body();
        assertThat(page).contains("<td class=\"subject-coefficient\">3</td>")
                .contains("<td class=\"subject-coefficient\">0.5</td>");

        // the bulletin prints the same overall average and each subject's coefficient
        String card = parent.get("/reportcards/" + demo.currentPeriod() + "/pupils/" + demo.eleve()).body();
        String overall = after.get("overallAverage").decimalValue().setScale(2).toPlainString().replace('.', ',');
        assertThat(card).contains("<td class=\"rc-average\">" + overall + "</td>")
                .contains("<td class=\"rc-num\">3</td>").contains("<td class=\"rc-num\">0.5</td>");
    }

    @Test
    void aWrongValueIsRefusedWithAMessageNamingTheField() {
        HttpResponse<String> days = direction.postForm("/grades/settings/publication",
                Map.of("publicationDays", "45", "publicationTime", "18:00"));
        assertThat(days.statusCode()).isEqualTo(422);
        assertThat(days.body()).contains("Jours après la date du devoir : indiquez un nombre entier de 0 à 30.")
                .contains("href=\"#publicationDays\"").contains("aria-invalid=\"true\"");

        HttpResponse<String> time = direction.postForm("/grades/settings/publication",
                Map.of("publicationDays", "2", "publicationTime", "25:00"));
        assertThat(time.statusCode()).isEqualTo(422);
        assertThat(time.body()).contains("Heure de publication : indiquez une heure au format HH:MM");

        UUID subject = UUID.fromString(gradesSeenBy("direction").get("subjects").get(0).get("subjectId").asString());
        String name = gradesSeenBy("direction").get("subjects").get(0).get("subject").asString();
        HttpResponse<String> coefficient = direction.postForm("/grades/settings/coefficients",
                Map.of("coef-" + subject, "beaucoup"));
        assertThat(coefficient.statusCode()).isEqualTo(422);
        assertThat(coefficient.body()).contains("Coefficient (" + name + ") : indiquez un nombre de 0 à 20")
                .contains("value=\"beaucoup\"");
        assertThat(demo.inSchool(() -> jdbc.sql("select count(*) from subject_coefficients").query(Long.class)
                .single())).isZero();
    }

    @Test
    void onlyDirectionOpensOrChangesTheSettings() {
        UserAgent professeur = UserAgent.signedIn(port, "professeur");
        assertThat(professeur.get("/grades/settings").statusCode()).isEqualTo(403);
        assertThat(UserAgent.signedIn(port, "parent").get("/grades/settings").statusCode()).isEqualTo(403);
        assertThat(professeur.postForm("/grades/settings/publication",
                Map.of("publicationDays", "0", "publicationTime", "08:00")).statusCode()).isEqualTo(403);
        assertThat(direction.get("/grades/settings").statusCode()).isEqualTo(200);
    }

    @Test
    void aChangedPublicationDelaySetsTheDefaultPublicationTimeOfANewEvaluationAndParentsWaitForIt() {
        HttpResponse<String> saved = direction.postForm("/grades/settings/publication",
                Map.of("publicationDays", "3", "publicationTime", "19:30"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(direction.get("/grades/settings").body()).contains("value=\"19:30\"");

        UserAgent professeur = UserAgent.signedIn(port, "professeur");
        assertThat(professeur.get("/grades").body()).contains("3 jour(s) après la date du devoir, à 19:30");
        UUID assignment = demo.inSchool(() -> jdbc.sql("""
                        select ta.id from teaching_assignments ta
                        join pupils p on p.school_id = ta.school_id and p.division_id = ta.division_id
                        where ta.teacher_id = ? and p.id = ? limit 1""")
                .param(demo.staff("professeur")).param(demo.eleve()).query(UUID.class).single());
        LocalDate today = LocalDate.now(PARIS);
        HttpResponse<String> created = professeur.postForm("/grades/evaluations", Map.of(
                "assignmentId", assignment.toString(), "title", "Contrôle à publication différée",
                "heldOn", today.toString(), "periodId", demo.currentPeriod().toString(), "scale", "20",
                "coefficient", "1"));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        UUID evaluation = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        Instant publishedAt = demo.inSchool(() -> jdbc.sql("select published_at from evaluations where id = ?")
                .param(evaluation).query(java.sql.Timestamp.class).single()).toInstant();
        assertThat(publishedAt).isEqualTo(today.plusDays(3).atTime(LocalTime.of(19, 30)).atZone(PARIS).toInstant());

        assertThat(professeur.postForm("/grades/evaluations/" + evaluation + "/marks",
                Map.of("pupilId", demo.eleve().toString(), "value", "16")).statusCode()).isEqualTo(200);
        assertThat(gradesSeenBy("parent").toString()).doesNotContain(evaluation.toString());
        assertThat(gradesSeenBy("professeur").toString()).contains(evaluation.toString());
    }
}
