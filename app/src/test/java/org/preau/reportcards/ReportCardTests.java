package org.preau.reportcards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.support.DemoPeople;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@PreauTest
class ReportCardTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    DemoPeople demo;

    @BeforeEach
    void findDemoPeople() {
        demo = new DemoPeople(jdbc);
    }

    private String reportCardPath(UUID pupil) {
        return "/api/v1/students/" + pupil + "/report-cards/" + demo.currentPeriod();
    }

    /** 12.5 as printed on a French report card: 12,50. */
    private static String french(JsonNode average) {
        return average.decimalValue().setScale(2).toPlainString().replace('.', ',');
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void parentDownloadsTheirChildsReportCardWithTheirNameAndFigures() throws IOException {
        UUID child = demo.eleve();
        UserAgent parent = UserAgent.signedIn(port, "parent");
        HttpResponse<byte[]> pdf = parent.download(reportCardPath(child));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        String text = text(pdf.body());
        assertThat(text).contains(demo.lastName(child).toUpperCase(java.util.Locale.FRENCH));
        assertThat(text).as("absences counted by the attendance module").contains("demi-journée");
        // the figures printed are the API's (one implementation of averages); the language follows the request
        JsonNode grades = json.readTree(parent.get("/api/v1/students/" + child + "/grades?periodId="
                + demo.currentPeriod()).body());
        assertThat(text).contains(french(grades.get("overallAverage")));
        for (JsonNode subject : grades.get("subjects")) {
            if (subject.hasNonNull("average")) {
                assertThat(text).contains(french(subject.get("average")));
            }
        }
    }

    @Test
    void theReportCardEmbedsItsOwnFontOnly() throws IOException {
        byte[] pdf = UserAgent.signedIn(port, "parent").download(reportCardPath(demo.eleve())).body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            java.util.List<String> fonts = new java.util.ArrayList<>();
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("DejaVuSans"));
        }
    }

    @Test
    void reportCardFollowsThePupilAccessRules() {
        UUID otherFamily = demo.childrenOf("parent2").getFirst();
        assertThat(UserAgent.signedIn(port, "parent").download(reportCardPath(otherFamily)).statusCode())
                .isEqualTo(404);
        assertThat(UserAgent.signedIn(port, "professeur").download(reportCardPath(demo.pupilNotTaughtBy("professeur")))
                .statusCode()).isEqualTo(404);
        assertThat(UserAgent.anonymous(port).download(reportCardPath(demo.eleve())).statusCode())
                .isEqualTo(401);
        assertThat(UserAgent.signedIn(port, "eleve").download(reportCardPath(demo.eleve())).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theHtmlPageAndThePdfShowTheSameReportCard() throws IOException {
        UUID child = demo.eleve();
        UserAgent parent = UserAgent.signedIn(port, "parent");
        HttpResponse<String> page = parent.get("/reportcards/" + demo.currentPeriod() + "/pupils/" + child);
        assertThat(page.statusCode()).isEqualTo(200);
        String pdfText = text(parent.download(reportCardPath(child)).body());
        Matcher general = Pattern.compile("class=\"rc-general\">([^<]+)<").matcher(page.body());
        assertThat(general.find()).isTrue();
        assertThat(pdfText.replaceAll("\\s+", " ")).contains(general.group(1).strip().replace("&#39;", "'"));
    }

    @Test
    void lsuExportIsWellFormedAndListsThePupils() throws Exception {
        HttpResponse<byte[]> xml = UserAgent.signedIn(port, "direction")
                .download("/reportcards/" + demo.currentPeriod() + "/lsu.xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.body()));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("lsunBilans");
        String body = new String(xml.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("EL_" + demo.eleve()).contains(demo.lastName(demo.eleve()));
        assertThat(document.getElementsByTagName("bilan-periodique").getLength()).isGreaterThan(100);
        assertThat(body).contains("moyenne-eleve=\"");
    }

    @Test
    void lsuExportIsForDirectionOnly() {
        assertThat(UserAgent.signedIn(port, "professeur").download("/reportcards/" + demo.currentPeriod() + "/lsu.xml")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void directionPrintsADivisionsReportCardsAsAZipInTheBackground() throws Exception {
        UserAgent direction = UserAgent.signedIn(port, "direction");
        UUID division = demo.inSchool(() -> jdbc.sql("select division_id from pupils where id = ?")
                .param(demo.eleve()).query(UUID.class).single());
        String page = "/reportcards/" + demo.currentPeriod() + "/divisions/" + division;
        direction.get(page);
        assertThat(direction.postForm(page + "/batches", Map.of()).statusCode()).isEqualTo(302);

        String zipLink = null;
        for (int attempt = 0; attempt < 120 && zipLink == null; attempt++) {
            Matcher link = Pattern.compile("href=\"([^\"]+/zip)\"").matcher(direction.get(page).body());
            if (link.find()) {
                zipLink = link.group(1);
            } else {
                Thread.sleep(500);
            }
        }
        assertThat(zipLink).as("the batch finishes and offers its zip").isNotNull();
        String progress = direction.get(zipLink.substring(0, zipLink.length() - "/zip".length())).body();
        assertThat(progress).startsWith("<div").contains("id=\"batch-progress\"").contains("value=\"100\"")
                .doesNotContain("hx-trigger");
        HttpResponse<byte[]> zip = direction.download(zipLink);
        assertThat(zip.statusCode()).isEqualTo(200);
        int pdfs = 0;
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                assertThat(entry.getName()).endsWith(".pdf");
                pdfs++;
            }
        }
        long pupils = demo.inSchool(() -> jdbc.sql("select count(*) from pupils where division_id = ?")
                .param(division).query(Long.class).single());
        assertThat(pdfs).isEqualTo((int) pupils);
    }

    @Test
    void parentsCannotStartABatch() {
        UserAgent parent = UserAgent.signedIn(port, "parent");
        UUID division = demo.inSchool(() -> jdbc.sql("select division_id from pupils where id = ?")
                .param(demo.eleve()).query(UUID.class).single());
        parent.get("/grades");
        HttpResponse<String> refused = parent.postForm("/reportcards/" + demo.currentPeriod() + "/divisions/" + division
                + "/batches", Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
