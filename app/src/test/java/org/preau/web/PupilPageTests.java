package org.preau.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.platform.Member;
import org.preau.platform.TenantContext;
import org.preau.school.PupilAccess;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolDirectory;
import org.preau.support.DemoMembers;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PreauTest
class PupilPageTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchoolDirectory directory;
    @Autowired
    PupilAccess pupils;

    private List<PupilSummary> childrenOf(String username) {
        Member parent = new DemoMembers(jdbc, directory).member(username);
        return TenantContext.callAs(parent.school(), () -> pupils.childrenOf(parent));
    }

    private long auditRowsAbout(UUID pupil, String actorUsername) {
        Member any = new DemoMembers(jdbc, directory).member(DemoAccounts.DIRECTION);
        return TenantContext.callAs(any.school(), () -> jdbc.sql("""
                        select count(*) from audit_log a join accounts ac on ac.id = a.actor_id
                        where a.school_id = ? and a.subject_id = ? and ac.username = ?""")
                .param(any.school().value()).param(pupil).param(actorUsername).query(Long.class).single());
    }

    @Test
    void aParentOpensTheirChildsCardAndTheReadIsAudited() {
        PupilSummary child = childrenOf(DemoAccounts.PARENT).getFirst();
        long before = auditRowsAbout(child.id().value(), DemoAccounts.PARENT);
        var card = UserAgent.signedIn(port, DemoAccounts.PARENT).get("/pupils/" + child.id().value());
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains(child.firstName() + " " + child.lastName());
        assertThat(auditRowsAbout(child.id().value(), DemoAccounts.PARENT)).isEqualTo(before + 1);
    }

    @Test
    void anotherFamilysChildIsA404PageInFrench() {
        PupilSummary otherChild = childrenOf(DemoAccounts.PARENT2).getFirst();
        var card = UserAgent.signedIn(port, DemoAccounts.PARENT).get("/pupils/" + otherChild.id().value());
        assertThat(card.statusCode()).isEqualTo(404);
        assertThat(card.body()).contains("Page introuvable").doesNotContain(otherChild.lastName())
                .doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void thePupilsOwnReadIsNotAudited() {
        Member eleve = new DemoMembers(jdbc, directory).member(DemoAccounts.ELEVE);
        UUID self = eleve.pupilId();
        long before = auditRowsAbout(self, DemoAccounts.ELEVE);
        var card = UserAgent.signedIn(port, DemoAccounts.ELEVE).get("/pupils/" + self);
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(auditRowsAbout(self, DemoAccounts.ELEVE)).isEqualTo(before);
    }

    @Test
    void anUnknownPageIsA404InFrenchWithoutDetails() {
        var page = UserAgent.signedIn(port, DemoAccounts.PARENT).get("/nothing-here");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page introuvable").contains("lang=\"fr\"");
    }
}
