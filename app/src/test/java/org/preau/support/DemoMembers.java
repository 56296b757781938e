package org.preau.support;

import java.util.UUID;

import org.preau.platform.Member;
import org.preau.platform.SchoolId;
import org.preau.school.SchoolDirectory;
import org.preau.school.SchoolMembership;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds the {@link Member} a demo account signs in as, without going through HTTP. */
public class DemoMembers {

    private final JdbcClient jdbc;
    private final SchoolDirectory directory;

    public DemoMembers(JdbcClient jdbc, SchoolDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    public Member member(String username) {
        record Row(UUID id, String displayName) {
        }
        Row account = jdbc.sql("select id, display_name from accounts where username = ?").param(username)
                .query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getString(2))).single();
        SchoolId school = directory.schoolsOf(account.id()).getFirst();
        SchoolMembership m = directory.membershipOf(school, account.id());
        return new Member(account.id(), username, account.displayName(), school, m.roles(), m.staffId(),
                m.guardianId(), m.pupilId());
    }

    /** The demo collège. */
    public SchoolId demoSchool() {
        return new SchoolId(jdbc.sql("select school_id from schools where uai = ?")
                .param(org.preau.demo.DemoAccounts.SCHOOL_UAI).query(UUID.class).single());
    }
}
