package org.preau.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.attendance.internal.Absence;
import org.preau.attendance.internal.AbsenceBook;
import org.preau.attendance.internal.Motif;
import org.preau.attendance.internal.Motifs;
import org.preau.demo.DemoAccounts;
import org.preau.platform.files.FileStorage;
import org.preau.school.PupilId;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.preau.support.UserAgent.FilePart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PreauTest
class JustificationTests {

    private static final byte[] PDF = "%PDF-1.4\n% certificat médical\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;
    @Autowired
    AttendanceFixtures fixtures;
    @Autowired
    Motifs motifs;
    @Autowired
    AbsenceBook book;
    @Autowired
    FileStorage storage;

    private Motif maladie() {
        return fixtures.inDemoSchool(() -> motifs.forFamilies().stream().filter(m -> m.name().equals("Maladie"))
                .findFirst().orElseThrow());
    }

    private String justification(PupilId pupil, Absence absence) {
        return "/api/v1/students/" + pupil.value() + "/absences/" + absence.id() + "/justification";
    }

    private Absence reloaded(Absence absence) {
        return fixtures.inDemoSchool(() -> book.find(absence.id())).orElseThrow();
    }

    @Test
    void aParentJustifiesTheirChildsAbsenceWithAMotifAndADocument() throws Exception {
        PupilId eleve = fixtures.eleve();
        Absence absence = fixtures.morningAbsence(eleve, LocalDate.of(2026, 6, 1));

        var response = UserAgent.signedIn(port, DemoAccounts.PARENT).postMultipart(justification(eleve, absence),
                Map.of("motifId", maladie().id().toString()), new FilePart("file", "certificat.pdf", "application/pdf", PDF));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"justified\":true", "\"motif\":\"Maladie\"", "\"documents\":1");
        Absence justified = reloaded(absence);
        assertThat(justified.justified()).isTrue();
        String key = fixtures.count("select count(*) from absence_documents where school_id = preau_current_school() "
                + "and absence_id = ?", absence.id()) == 1
                ? fixtures.inDemoSchool(() -> fixtures.jdbc.sql("select storage_key from absence_documents "
                        + "where absence_id = ?").param(absence.id()).query(String.class).single())
                : null;
        assertThat(key).isNotNull();
        try (var stored = storage.open(key)) {
            assertThat(stored.readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    void anotherFamilyCannotJustifyTheChildsAbsence() {
        PupilId eleve = fixtures.eleve();
        Absence absence = fixtures.morningAbsence(eleve, LocalDate.of(2026, 6, 2));

        var response = UserAgent.signedIn(port, DemoAccounts.PARENT2).postMultipart(justification(eleve, absence),
                Map.of("motifId", maladie().id().toString()), null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(reloaded(absence).justified()).isFalse();
    }

    @Test
    void anotherFamilyLearnsNothingFromAnIncompleteRequest() {
        PupilId eleve = fixtures.eleve();
        Absence absence = fixtures.morningAbsence(eleve, LocalDate.of(2026, 6, 8));

        var response = UserAgent.signedIn(port, DemoAccounts.PARENT2).sendJson("POST", justification(eleve, absence), "{}");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void aTeacherOfThePupilCannotJustifyInTheFamilysPlace() {
        PupilId eleve = fixtures.eleve();
        Absence absence = fixtures.morningAbsence(eleve, LocalDate.of(2026, 6, 3));

        var response = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR).postMultipart(justification(eleve, absence),
                Map.of("motifId", maladie().id().toString()), null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(reloaded(absence).justified()).isFalse();
    }

    @Test
    void aFileThatIsNotAPdfNorAnImageIsRefusedAndNothingIsRecorded() {
        PupilId eleve = fixtures.eleve();
        Absence absence = fixtures.morningAbsence(eleve, LocalDate.of(2026, 6, 4));

        var response = UserAgent.signedIn(port, DemoAccounts.PARENT).postMultipart(justification(eleve, absence),
                Map.of("motifId", maladie().id().toString()),
                FilePart.of("file", "virus.pdf", "application/pdf", "MZ not a pdf"));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(reloaded(absence).justified()).isFalse();
    }

    @Test
    void aMotifThatDoesNotJustifyIsRefused() {
        PupilId eleve = fixtures.eleve();
        Absence absence = fixtures.morningAbsence(eleve, LocalDate.of(2026, 6, 5));
        UUID sansMotif = fixtures.inDemoSchool(() -> motifs.active().stream().filter(m -> !m.justifies())
                .findFirst().orElseThrow().id());

        var response = UserAgent.signedIn(port, DemoAccounts.PARENT).postMultipart(justification(eleve, absence),
                Map.of("motifId", sansMotif.toString()), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(reloaded(absence).justified()).isFalse();
    }
}
