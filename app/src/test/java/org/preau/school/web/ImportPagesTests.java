package org.preau.school.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.preau.school.SchoolDirectory;
import org.preau.support.DemoMembers;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.preau.support.UserAgent.FilePart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PreauTest
class ImportPagesTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchoolDirectory directory;

    private long pupils() {
        SchoolId school = new DemoMembers(jdbc, directory).demoSchool();
        return TenantContext.callAs(school, () -> jdbc.sql("select count(*) from pupils where school_id = ?")
                .param(school.value()).query(Long.class).single());
    }

    @Test
    void thePreviewNamesEachProblemWithFileLineAndColumnAndImportsNothing() {
        UserAgent direction = UserAgent.signedIn(port, DemoAccounts.DIRECTION);
        direction.get("/school/import");
        long before = pupils();
        HttpResponse<String> preview = direction.postMultipart("/school/import", Map.of("kind", "PUPILS"),
                FilePart.of("file", "rentree.csv", "text/csv", """
                        nom;prenom;division
                        Martin;Léa;6e A
                        Durand;;9e Z
                        """));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("rentree.csv", "<td>3</td>", "<td>prenom</td>",
                "valeur obligatoire manquante", "division inconnue : « 9e Z »", "Importer les lignes valides (1)");
        java.util.regex.Matcher hidden = java.util.regex.Pattern.compile("<input[^>]*name=\"content\"[^>]*>")
                .matcher(preview.body());
        assertThat(hidden.find()).as(preview.body()).isTrue();
        String content = hidden.group().replaceAll(".*value=\"([^\"]*)\".*", "$1");
        HttpResponse<String> refused = direction.postForm("/school/import/confirm", Map.of("kind", "PUPILS",
                "fileName", "rentree.csv", "content", content));
        assertThat(refused.body()).contains("Rien n&#39;a été importé.");
        assertThat(pupils()).isEqualTo(before);
    }

    @Test
    void otherRolesCannotImport() {
        UserAgent cpe = UserAgent.signedIn(port, DemoAccounts.CPE);
        assertThat(cpe.get("/school/import").statusCode()).isEqualTo(403);
        HttpResponse<String> upload = cpe.postMultipart("/school/import", Map.of("kind", "PUPILS"),
                FilePart.of("file", "x.csv", "text/csv", "nom;prenom;division\nA;B;6e A\n"));
        assertThat(upload.statusCode()).isEqualTo(403);
    }
}
