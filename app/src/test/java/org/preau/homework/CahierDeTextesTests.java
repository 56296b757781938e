package org.preau.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.homework.internal.SchoolClock;
import org.preau.platform.Member;
import org.preau.school.TeachingAssignmentView;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.preau.support.UserAgent.FilePart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PreauTest
class CahierDeTextesTests {

    static final byte[] PDF = "%PDF-1.4\n% fiche d'exercices\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CahierDeTextes cahier;
    @Autowired
    HomeworkFixture fixture;

    @Test
    void aTeacherRecordsWhatALessonCoveredAndTheHomeworkGivenWhichThePupilThenReads() {
        UserAgent professeur = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR);
        TeachingAssignmentView assignment = fixture.professeurInEleveDivision();
        LocalDate today = SchoolClock.today();
        assertThat(professeur.get("/homework/lessons").body()).contains(assignment.targetName());

        HttpResponse<String> recorded = professeur.postForm("/homework/lessons", Map.of(
                "assignment", assignment.id().toString(), "date", today.toString(), "time", "10:00",
                "content", "Théorème de Pythagore : démonstration et exemples"));
        assertThat(recorded.statusCode()).isEqualTo(302);
        String entryPath = UserAgent.location(recorded);
        assertThat(entryPath).startsWith("/homework/lessons/");

        String description = "Exercices 12 à 15 p. 84 (" + UUID.randomUUID() + ")";
        professeur.get(entryPath);
        HttpResponse<String> given = professeur.postMultipart(entryPath + "/homework", Map.of(
                        "dueOn", today.plusDays(3).toString(), "description", description, "estimatedMinutes", "25"),
                new FilePart("files", "fiche-pythagore.pdf", "application/octet-stream", PDF));
        assertThat(given.statusCode()).isEqualTo(302);

        String page = professeur.get(entryPath).body();
        assertThat(page).contains("Théorème de Pythagore : démonstration et exemples", description, "fiche-pythagore.pdf");

        UserAgent eleve = UserAgent.signedIn(port, DemoAccounts.ELEVE);
        String json = eleve.get("/api/v1/students/" + fixture.eleveId() + "/homework?from=" + today + "&to="
                + today.plusDays(7)).body();
        assertThat(json).contains(description, "fiche-pythagore.pdf", "\"estimatedMinutes\":25");
    }

    @Test
    void aTeacherCannotWriteInTheCahierDeTextesOfAClassTheyDoNotTeach() {
        TeachingAssignmentView other = fixture.assignmentInAClassProfesseurDoesNotTeach();
        Member otherTeacher = fixture.teacher(other.teacherId());
        LessonEntryId entry = fixture.inSchool(() -> cahier.record(otherTeacher,
                cahier.lessonOf(otherTeacher, other.id(), SchoolClock.today(), null), "Leur séance"));

        UserAgent professeur = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR);
        professeur.get("/homework/lessons");
        assertThat(professeur.postMultipart("/homework/lessons/" + entry + "/homework", Map.of(
                        "dueOn", SchoolClock.today().plusDays(2).toString(), "description", "Intrus",
                        "estimatedMinutes", "10"), new FilePart("files", "x.pdf", "application/octet-stream", PDF))
                .statusCode())
                .isEqualTo(403);
        assertThat(professeur.postForm("/homework/lessons/" + entry, Map.of("content", "Réécrit"))
                .statusCode()).isEqualTo(403);
        assertThat(professeur.postForm("/homework/lessons", Map.of("assignment", other.id().toString(),
                "date", SchoolClock.today().toString(), "content", "Intrus")).statusCode()).isEqualTo(403);
        assertThat(fixture.count("select count(*) from homework where lesson_entry_id = ?", entry.value())).isZero();
    }

    @Test
    void aParentCannotWriteTheCahierDeTextes() {
        UserAgent parent = UserAgent.signedIn(port, DemoAccounts.PARENT);
        parent.get("/");
        assertThat(parent.postForm("/homework/lessons", Map.of("assignment",
                fixture.professeurInEleveDivision().id().toString(), "date", SchoolClock.today().toString()))
                .statusCode()).isEqualTo(403);
    }
}
