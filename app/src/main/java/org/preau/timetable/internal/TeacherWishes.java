package org.preau.timetable.internal;

import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;

import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Teachers' unavailabilities (hard) and wishes (soft), slot by slot, entered by direction. */
@Repository
public class TeacherWishes {

    private final JdbcClient jdbc;

    TeacherWishes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    public List<SchoolInput.WishIn> all() {
        return jdbc.sql("select teacher_id, day_of_week, position, kind from timetable_teacher_wishes where school_id = ?")
                .param(school())
                .query((rs, i) -> new SchoolInput.WishIn(rs.getObject(1, UUID.class), DayOfWeek.of(rs.getInt(2)),
                        rs.getInt(3), "UNAVAILABLE".equals(rs.getString(4))))
                .list();
    }

    public List<SchoolInput.WishIn> of(UUID teacher) {
        return all().stream().filter(w -> w.teacherId().equals(teacher)).toList();
    }

    /** Replaces a teacher's wishes by {@code wishes}. */
    @Transactional
    public void replace(UUID teacher, List<SchoolInput.WishIn> wishes) {
        jdbc.sql("delete from timetable_teacher_wishes where school_id = ? and teacher_id = ?")
                .param(school()).param(teacher).update();
        for (SchoolInput.WishIn wish : wishes) {
            jdbc.sql("""
                            insert into timetable_teacher_wishes (school_id, id, teacher_id, day_of_week, position, kind)
                            values (?, ?, ?, ?, ?, ?)""")
                    .param(school()).param(Ids.newId()).param(teacher).param(wish.day().getValue()).param(wish.position())
                    .param(wish.hard() ? "UNAVAILABLE" : "AVOID").update();
        }
    }
}
