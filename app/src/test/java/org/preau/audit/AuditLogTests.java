package org.preau.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.preau.identity.AccountManagement;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.platform.TenantContext;
import org.preau.support.OwnerDatabase;
import org.preau.support.PreauTest;
import org.preau.support.SchoolFixture;
import org.preau.support.SchoolFixture.BuiltSchool;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

@PreauTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditLogTests {

    @LocalServerPort
    int port;
    @Autowired
    Environment env;
    @Autowired
    AccountManagement accounts;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient appJdbc;

    JdbcClient owner;
    BuiltSchool school;

    @BeforeAll
    void buildSchool() {
        owner = OwnerDatabase.jdbc(env);
        school = new SchoolFixture(owner, accounts).build("audit", "Collège du Registre", 5);
    }

    private Member guardian() {
        UUID account = owner.sql("select id from accounts where username = ?").param(school.guardianUsername())
                .query(UUID.class).single();
        UUID guardianId = owner.sql("select id from guardians where school_id = ? and account_id = ?")
                .params(school.school().value(), account).query(UUID.class).single();
        return new Member(account, school.guardianUsername(), "Parent audit", school.school(), Set.of(Role.PARENT),
                null, guardianId, null);
    }

    private long rowsAbout(UUID pupil) {
        return owner.sql("select count(*) from audit_log where subject_id = ?").param(pupil).query(Long.class).single();
    }

    @Test
    void aReadByAGuardianIsRecordedButAPupilsOwnReadIsNot() {
        UUID child = school.pupilIds().get(0);
        TenantContext.runAs(school.school(), () -> auditLog.pupilDataRead(guardian(), child, "fiche", null));
        assertThat(rowsAbout(child)).isEqualTo(1);

        UUID pupilAccount = owner.sql("select id from accounts where username = ?").param(school.pupilUsername())
                .query(UUID.class).single();
        Member pupil = new Member(pupilAccount, school.pupilUsername(), "Élève", school.school(), Set.of(Role.ELEVE),
                null, null, child);
        TenantContext.runAs(school.school(), () -> auditLog.pupilDataRead(pupil, child, "fiche", null));
        assertThat(rowsAbout(child)).isEqualTo(1);
    }

    @Test
    void theApplicationCannotChangeOrEraseTheLog() {
        UUID pupil = school.pupilIds().get(1);
        TenantContext.runAs(school.school(), () -> auditLog.pupilDataRead(guardian(), pupil, "notes", "trimestre 1"));
        TenantContext.runAs(school.school(), () -> {
            assertThatThrownBy(() -> appJdbc.sql("update audit_log set action = 'rien' where subject_id = ?")
                    .param(pupil).update()).rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> appJdbc.sql("delete from audit_log where subject_id = ?")
                    .param(pupil).update()).rootCause().hasMessageContaining("permission denied");
        });
        assertThat(rowsAbout(pupil)).isEqualTo(1);
    }

    @Test
    void evenTheDatabaseOwnerCannotChangeOrEraseTheLog() {
        UUID pupil = school.pupilIds().get(2);
        TenantContext.runAs(school.school(), () -> auditLog.pupilDataRead(guardian(), pupil, "absences", null));
        assertThatThrownBy(() -> owner.sql("update audit_log set action = 'rien' where subject_id = ?")
                .param(pupil).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("delete from audit_log where subject_id = ?").param(pupil).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("truncate audit_log").update()).hasMessageContaining("append-only");
        assertThat(owner.sql("select count(*) from audit_log where subject_id = ? and action = 'absences'")
                .param(pupil).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void directionSeesTheLatestReadsWithTheReaderAndThePupil() {
        UUID child = school.pupilIds().get(3);
        TenantContext.runAs(school.school(), () -> auditLog.pupilDataRead(guardian(), child, "emploi du temps", null));
        UserAgent direction = UserAgent.signedIn(port, school.directionUsername());

        var api = direction.get("/api/v1/audit?size=5");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"actorName\":\"Parent audit\"").contains("\"what\":\"emploi du temps\"")
                .contains("\"pupilId\":\"" + child + "\"").contains("\"pupilName\":\"AUDIT-").contains(" Eleve3\"");

        var page = direction.get("/audit");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Journal d&#39;accès").contains("Parent audit").contains("emploi du temps");
    }

    @Test
    void aProfesseurCannotReadTheLog() {
        UserAgent professeur = UserAgent.signedIn(port, school.staffUsername());
        assertThat(professeur.get("/api/v1/audit").statusCode()).isEqualTo(403);
        assertThat(professeur.get("/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void theLogOfOneSchoolIsNotShownToAnother() {
        BuiltSchool other = new SchoolFixture(owner, accounts).build("audit-other", "Collège Voisin", 1);
        UUID child = school.pupilIds().get(4);
        TenantContext.runAs(school.school(), () -> auditLog.pupilDataRead(guardian(), child, "fiche", "voisin"));
        var api = UserAgent.signedIn(port, other.directionUsername()).get("/api/v1/audit");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"total\":0").doesNotContain(child.toString());
    }
}
