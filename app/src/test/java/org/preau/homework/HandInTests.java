package org.preau.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.homework.internal.SchoolClock;
import org.preau.platform.Member;
import org.preau.school.PupilId;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.preau.support.UserAgent.FilePart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PreauTest
class HandInTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HandIns handIns;
    @Autowired
    HomeworkFixture fixture;
    LocalDate today = SchoolClock.today();

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n" + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private HomeworkId handInHomework(LocalDate lesson, LocalDate due) {
        return fixture.homework(fixture.member(DemoAccounts.PROFESSEUR), fixture.professeurInEleveDivision(), lesson,
                new HomeworkDraft(due, "Rédiger la conclusion du TP (une page)", 40, true, null));
    }

    private HttpResponse<String> upload(UserAgent client, HomeworkId homework, String fileName, byte[] content) {
        client.get("/homework/pupils/" + fixture.eleveId());
        return client.postMultipart("/api/v1/students/" + fixture.eleveId() + "/homework/" + homework + "/submissions",
                Map.of(), new FilePart("file", fileName, "application/octet-stream", content));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }

    private long versions(HomeworkId homework) {
        return fixture.count("select count(*) from homework_submissions where homework_id = ?", homework.value());
    }

    @Test
    void aHandInBeforeTheDeadlineIsOnTime() {
        HomeworkId homework = handInHomework(today, today.plusDays(5));
        HttpResponse<String> response = upload(UserAgent.signedIn(port, DemoAccounts.ELEVE), homework, "tp.pdf",
                pdf("ma conclusion"));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(response).get("late").asBoolean()).isFalse();
        assertThat(json(response).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aHandInAfterTheDeadlineIsAcceptedAndFlaggedLate() {
        HomeworkId homework = handInHomework(today.minusDays(10), today.minusDays(3));
        UserAgent eleve = UserAgent.signedIn(port, DemoAccounts.ELEVE);
        HttpResponse<String> response = upload(eleve, homework, "tp.pdf", pdf("en retard"));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(response).get("late").asBoolean()).isTrue();
        String list = eleve.get("/api/v1/students/" + fixture.eleveId() + "/homework?from=" + today.minusDays(3)
                + "&to=" + today.minusDays(3)).body();
        JsonNode item = PupilHomeworkTests.item(list, homework.toString());
        assertThat(item.get("submitted").asBoolean()).isTrue();
        assertThat(item.get("late").asBoolean()).isTrue();
    }

    @Test
    void filesOfAnUnacceptedTypeTooLargeEmptyOrMislabelledAreRefusedWithAClearErrorAndNothingIsKept() {
        HomeworkId homework = handInHomework(today, today.plusDays(5));
        UserAgent eleve = UserAgent.signedIn(port, DemoAccounts.ELEVE);

        HttpResponse<String> exe = upload(eleve, homework, "jeu.exe", new byte[]{'M', 'Z', 0, 0});
        assertThat(exe.statusCode()).isEqualTo(415);
        assertThat(json(exe).get("detail").asString()).contains(".exe", "ne sont pas acceptés", "pdf");

        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf("x"), 0, tooLarge, 0, 8);
        HttpResponse<String> large = upload(eleve, homework, "scan.pdf", tooLarge);
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(json(large).get("detail").asString()).contains("10 Mo");

        HttpResponse<String> mislabelled = upload(eleve, homework, "devoir.pdf",
                "pas un pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(mislabelled.statusCode()).isEqualTo(415);
        assertThat(json(mislabelled).get("detail").asString()).contains("ne correspond pas");

        assertThat(upload(eleve, homework, "vide.pdf", new byte[0]).statusCode()).isEqualTo(400);
        assertThat(versions(homework)).isZero();
    }

    @Test
    void aResubmissionKeepsThePreviousVersions() {
        HomeworkId homework = handInHomework(today, today.plusDays(5));
        UserAgent eleve = UserAgent.signedIn(port, DemoAccounts.ELEVE);
        JsonNode first = json(upload(eleve, homework, "tp.pdf", pdf("premier jet")));
        JsonNode second = json(upload(eleve, homework, "tp-corrige.pdf", pdf("version finale")));
        assertThat(second.get("version").asInt()).isEqualTo(2);

        UserAgent professeur = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR);
        assertThat(professeur.download("/homework/submissions/" + first.get("id").asString()).body())
                .isEqualTo(pdf("premier jet"));
        assertThat(professeur.download("/homework/submissions/" + second.get("id").asString()).body())
                .isEqualTo(pdf("version finale"));
        assertThat(professeur.get("/homework/" + homework + "/hand-ins").body())
                .contains("v1 — tp.pdf", "v2 — tp-corrige.pdf");
    }

    @Test
    void onlyThePupilHandsInTheirOwnWork() {
        HomeworkId homework = handInHomework(today, today.plusDays(5));
        assertThat(upload(UserAgent.signedIn(port, DemoAccounts.PARENT), homework, "tp.pdf", pdf("parent"))
                .statusCode()).isEqualTo(403);
        HttpResponse<String> otherFamily = upload(UserAgent.signedIn(port, DemoAccounts.PARENT2), homework, "tp.pdf",
                pdf("autre"));
        assertThat(otherFamily.statusCode()).as(otherFamily.body()).isEqualTo(404);
        assertThat(upload(UserAgent.signedIn(port, DemoAccounts.PROFESSEUR), homework, "tp.pdf", pdf("prof"))
                .statusCode()).isEqualTo(403);
        assertThat(versions(homework)).isZero();
    }

    @Test
    void theTeachersZipContainsEverySubmissionOfEveryPupil() throws IOException {
        HomeworkId homework = handInHomework(today, today.plusDays(5));
        UserAgent eleve = UserAgent.signedIn(port, DemoAccounts.ELEVE);
        upload(eleve, homework, "tp.pdf", pdf("eleve v1"));
        upload(eleve, homework, "tp.pdf", pdf("eleve v2"));
        Member classmate = fixture.classmate();
        fixture.inSchool(() -> handIns.submit(classmate, new PupilId(classmate.pupilId()), homework,
                new UploadedFile("compte-rendu.odt", null, 6, new ByteArrayResource(new byte[]{'P', 'K', 3, 4, 1, 2}))));

        HttpResponse<byte[]> zip = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR)
                .download("/homework/" + homework + "/hand-ins.zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries).hasSize(3);
        assertThat(entries.values()).containsExactlyInAnyOrder(pdf("eleve v1"), pdf("eleve v2"),
                new byte[]{'P', 'K', 3, 4, 1, 2});
        String eleveName = fixture.eleve().listName();
        assertThat(entries).containsKey(eleveName + " - tp.pdf")
                .containsKey("versions précédentes/" + eleveName + "/v1 - tp.pdf");
        assertThat(entries.get(eleveName + " - tp.pdf")).isEqualTo(pdf("eleve v2"));
    }

    @Test
    void aTeacherReturnsAMarkAndACorrectedFileThatThePupilSees() {
        HomeworkId homework = handInHomework(today, today.plusDays(5));
        UserAgent eleve = UserAgent.signedIn(port, DemoAccounts.ELEVE);
        upload(eleve, homework, "tp.pdf", pdf("ma copie"));
        UserAgent professeur = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR);
        professeur.get("/homework/" + homework + "/hand-ins");
        HttpResponse<String> returned = professeur.postMultipart("/homework/" + homework + "/hand-ins/"
                + fixture.eleveId(), Map.of("mark", "15.5", "comment", "Bonne démarche"),
                new FilePart("file", "corrige.pdf", "application/octet-stream", pdf("corrigé")));
        assertThat(returned.statusCode()).isEqualTo(302);

        JsonNode item = PupilHomeworkTests.item(eleve.get("/api/v1/students/" + fixture.eleveId()
                + "/homework?from=" + today.plusDays(5) + "&to=" + today.plusDays(5)).body(), homework.toString());
        assertThat(item.get("mark").decimalValue()).isEqualByComparingTo("15.5");
        assertThat(eleve.get("/homework/pupils/" + fixture.eleveId()).body()).contains("Bonne démarche", "15,5");
    }

    @Test
    void anUploadThatFailsMidwayLeavesNoRowAndNoStoredFile() throws IOException {
        HomeworkId homework = handInHomework(today, today.plusDays(5));
        Member eleve = fixture.member(DemoAccounts.ELEVE);
        PupilId pupil = new PupilId(eleve.pupilId());
        long filesBefore = storedFiles();

        UploadedFile broken = new UploadedFile("tp.pdf", "application/pdf", 4096, () -> new InputStream() {
            private int read;

            @Override
            public int read() throws IOException {
                if (read >= 1024) {
                    throw new IOException("connection reset by the pupil's phone");
                }
                return "%PDF".getBytes(StandardCharsets.US_ASCII)[Math.min(read++, 3)] & 0xFF;
            }
        });
        assertThatThrownBy(() -> fixture.inSchool(() -> handIns.submit(eleve, pupil, homework, broken)))
                .hasRootCauseMessage("connection reset by the pupil's phone");

        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(pdf("x"), 0, big, 0, 8);
        UploadedFile lyingAboutItsSize = new UploadedFile("tp.pdf", "application/pdf", 100,
                () -> new ByteArrayInputStream(big));
        assertThatThrownBy(() -> fixture.inSchool(() -> handIns.submit(eleve, pupil, homework, lyingAboutItsSize)))
                .isInstanceOf(FileRejectedException.class);

        assertThat(versions(homework)).isZero();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    /** Complete files in the demo school's storage folder (a failed write may leave only a ".part" file). */
    private long storedFiles() throws IOException {
        Path folder = Path.of("target/test-files", fixture.school().toString());
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".part")).count();
        }
    }
}
