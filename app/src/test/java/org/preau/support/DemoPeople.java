package org.preau.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks up the demo collège's people and periods by their demo accounts, for tests that need their ids. */
public final class DemoPeople {

    private final JdbcClient jdbc;
    private final SchoolId school;

    public DemoPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.school = new SchoolId(jdbc.sql("select school_id from schools where uai = '0750042X'")
                .query(UUID.class).single());
    }

    public SchoolId school() {
        return school;
    }

    public <T> T inSchool(Supplier<T> work) {
        return TenantContext.callAs(school, work);
    }

    /** The pupil signed in as "eleve". */
    public UUID eleve() {
        return inSchool(() -> jdbc.sql("""
                        select p.id from pupils p join accounts a on a.id = p.account_id where a.username = 'eleve'""")
                .query(UUID.class).single());
    }

    /** The children of a demo parent account ("parent", "parent2"). */
    public List<UUID> childrenOf(String parentUsername) {
        return inSchool(() -> jdbc.sql("""
                        select gl.pupil_id from guardian_links gl
                        join guardians g on g.school_id = gl.school_id and g.id = gl.guardian_id
                        join accounts a on a.id = g.account_id
                        where a.username = ? order by gl.pupil_id""")
                .param(parentUsername).query(UUID.class).list());
    }

    public UUID staff(String username) {
        return inSchool(() -> jdbc.sql("""
                        select s.id from staff s join accounts a on a.id = s.account_id where a.username = ?""")
                .param(username).query(UUID.class).single());
    }

    /** A pupil of a division where the staff member neither teaches (division or group) nor is professeur principal. */
    public UUID pupilNotTaughtBy(String teacherUsername) {
        UUID teacher = staff(teacherUsername);
        return inSchool(() -> jdbc.sql("""
                        select p.id from pupils p
                        where p.division_id not in (select ta.division_id from teaching_assignments ta
                                                    where ta.teacher_id = :t and ta.division_id is not null)
                          and p.division_id not in (select d.id from divisions d where d.principal_teacher_id = :t)
                          and not exists (select 1 from group_members gm join teaching_assignments ta
                                            on ta.school_id = gm.school_id and ta.group_id = gm.group_id
                                          where gm.pupil_id = p.id and ta.teacher_id = :t)
                        order by p.last_name, p.id limit 1""")
                .param("t", teacher).query(UUID.class).single());
    }

    /** The period containing today (or the latest that has begun). */
    public UUID currentPeriod() {
        LocalDate today = LocalDate.now();
        return inSchool(() -> jdbc.sql("""
                        select id from periods where starts_on <= ? order by starts_on desc limit 1""")
                .param(today).query(UUID.class).single());
    }

    public String fullName(UUID pupil) {
        return inSchool(() -> jdbc.sql("select first_name || ' ' || last_name from pupils where id = ?")
                .param(pupil).query(String.class).single());
    }

    public String lastName(UUID pupil) {
        return inSchool(() -> jdbc.sql("select last_name from pupils where id = ?")
                .param(pupil).query(String.class).single());
    }
}
