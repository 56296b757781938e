package org.preau.grades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.platform.Member;
import org.preau.school.DivisionId;
import org.preau.school.PeriodId;
import org.preau.school.PupilId;
import org.preau.school.SchoolDirectory;
import org.preau.school.SubjectId;
import org.preau.support.DemoMembers;
import org.preau.support.DemoPeople;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Compétences du socle assessed on their own: who may record and read them, and when families see them. */
@PreauTest
class SocleAssessmentsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    SocleAssessments socle;

    @Autowired
    Grades grades;

    DemoPeople demo;
    DemoMembers members;
    Member professeur;
    DivisionId division;
    SubjectId subject;
    PeriodId period;
    PupilId eleve;

    @BeforeEach
    void findTheDemoClass() {
        demo = new DemoPeople(jdbc);
        members = new DemoMembers(jdbc, directory);
        professeur = members.member("professeur");
        eleve = new PupilId(demo.eleve());
        period = new PeriodId(demo.currentPeriod());
        var row = demo.inSchool(() -> jdbc.sql("""
                        select ta.division_id, ta.subject_id from teaching_assignments ta
                        join pupils p on p.school_id = ta.school_id and p.division_id = ta.division_id
                        where ta.teacher_id = ? and p.id = ? order by ta.subject_id limit 1""")
                .param(demo.staff("professeur")).param(demo.eleve())
                .query((rs, i) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single());
        division = new DivisionId(row[0]);
        subject = new SubjectId(row[1]);
    }

    private void save(Member member, SocleComponent component, int points) {
        demo.inSchool(() -> socle.saveLevel(member, division, subject, period, eleve, component, points));
    }

    private CompetenceGrid gridFor(Member member) {
        return demo.inSchool(() -> socle.grid(member, division, subject, period));
    }

    private boolean familySees(String username, SocleComponent component) {
        Member reader = members.member(username);
        return demo.inSchool(() -> grades.competencesOf(reader, eleve, period)).stream()
                .anyMatch(c -> c.component() == component && c.evaluationId() == null);
    }

    @Test
    void aTeacherOfTheDivisionRecordsAndClearsALevelWithoutAnEvaluation() {
        save(professeur, SocleComponent.MET_APP, 3);
        CompetenceGrid grid = gridFor(professeur);
        assertThat(grid.editable()).isTrue();
        assertThat(grid.rows()).hasSizeGreaterThan(10);
        CompetenceGrid.Row row = grid.rows().stream().filter(r -> r.pupil().id().equals(eleve)).findFirst()
                .orElseThrow();
        assertThat(row.level(SocleComponent.MET_APP)).isEqualTo(CompetenceLevel.MAITRISE_SATISFAISANTE);

        save(professeur, SocleComponent.MET_APP, 4);
        save(professeur, SocleComponent.MET_APP, 0);
        assertThat(gridFor(professeur).rows().stream().filter(r -> r.pupil().id().equals(eleve)).findFirst()
                .orElseThrow().level(SocleComponent.MET_APP)).isNull();
    }

    @Test
    void someoneWhoDoesNotTeachTheDivisionIsRefused() {
        DivisionId other = demo.inSchool(() -> new DivisionId(jdbc.sql("""
                        select d.id from divisions d where not exists (select 1 from teaching_assignments ta
                            where ta.school_id = d.school_id and ta.division_id = d.id and ta.teacher_id = ?)
                        order by d.name limit 1""").param(demo.staff("professeur")).query(UUID.class).single()));
        assertThatThrownBy(() -> demo.inSchool(() -> socle.grid(professeur, other, null, period)))
                .isInstanceOf(GradingDeniedException.class);
        assertThatThrownBy(() -> save(members.member("parent"), SocleComponent.CPD_FRA, 2))
                .isInstanceOf(GradingDeniedException.class);

        assertThat(UserAgent.signedIn(port, "professeur").get("/grades/divisions/" + other.value() + "/competences")
                .statusCode()).isEqualTo(403);
        assertThat(UserAgent.signedIn(port, "parent").get("/grades/divisions/" + division.value() + "/competences")
                .statusCode()).isEqualTo(403);
        assertThat(UserAgent.signedIn(port, "cpe").get("/grades/divisions/" + division.value() + "/competences")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void directionReadsTheGridWithoutChangingItAndTheReadIsAudited() {
        save(professeur, SocleComponent.FRM_CIT, 2);
        Member direction = members.member("direction");
        long before = audits();
        CompetenceGrid grid = gridFor(direction);
        assertThat(grid.editable()).isFalse();
        assertThat(grid.rows().stream().filter(r -> r.pupil().id().equals(eleve)).findFirst().orElseThrow()
                .level(SocleComponent.FRM_CIT)).isEqualTo(CompetenceLevel.MAITRISE_FRAGILE);
        assertThat(audits()).isEqualTo(before + 1);
        assertThatThrownBy(() -> save(direction, SocleComponent.FRM_CIT, 4)).isInstanceOf(GradingDeniedException.class);

        String page = UserAgent.signedIn(port, "direction").get("/grades/divisions/" + division.value()
                + "/competences?subjectId=" + subject.value()).body();
        assertThat(page).contains("socle-grid").doesNotContain("class=\"socle-cell\"");
    }

    @Test
    void familiesSeeALevelOnlyOnceItIsPublished() {
        save(professeur, SocleComponent.REP_MND, 4);
        assertThat(familySees("parent", SocleComponent.REP_MND)).isFalse();
        assertThat(familySees("eleve", SocleComponent.REP_MND)).isFalse();
        assertThat(familySees("professeur", SocleComponent.REP_MND)).isTrue();

        demo.inSchool(() -> jdbc.sql("""
                        update competence_assessments set published_at = now() - interval '1 minute'
                        where pupil_id = ? and component = 'REP_MND' and evaluation_id is null""")
                .param(eleve.value()).update());
        assertThat(familySees("parent", SocleComponent.REP_MND)).isTrue();
        assertThat(UserAgent.signedIn(port, "parent").get("/grades/pupils/" + eleve.value()).body())
                .contains("Les représentations du monde et l&#39;activité humaine").contains("Très bonne maîtrise");
    }

    @Test
    void aCellAcceptsOnlyOneToFourOverHttp() {
        UserAgent client = UserAgent.signedIn(port, "professeur");
        String url = "/grades/divisions/" + division.value() + "/competences";
        Map<String, String> form = Map.of("subjectId", subject.value().toString(), "periodId",
                period.value().toString(), "pupilId", eleve.value().toString(), "component", "SYS_NAT", "level", "5");
        HttpResponse<String> refused = client.postForm(url, form);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("tapez 1, 2, 3 ou 4");

        HttpResponse<String> saved = client.postForm(url, Map.of("subjectId", subject.value().toString(), "periodId",
                period.value().toString(), "pupilId", eleve.value().toString(), "component", "SYS_NAT",
                "level", "1"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("\"level\":1").contains("Maîtrise insuffisante");
        assertThat(client.postForm(url, Map.of("subjectId", subject.value().toString(), "periodId",
                period.value().toString(), "pupilId", demo.pupilNotTaughtBy("professeur").toString(),
                "component", "SYS_NAT", "level", "1")).statusCode()).isEqualTo(403);
    }

    private long audits() {
        return demo.inSchool(() -> jdbc.sql("""
                        select count(*) from audit_log where subject_id = ? and action = 'compétences'""")
                .param(eleve.value()).query(Long.class).single());
    }
}
