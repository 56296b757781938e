package org.preau.timetable.internal;

import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Lessons direction fixed in place: every later solve keeps them there and solves around them. */
@Repository
public class Pins {

    private final JdbcClient jdbc;

    Pins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    public List<SchoolInput.PinIn> all() {
        return jdbc.sql("select lesson_key, day_of_week, position, room_id from timetable_pins where school_id = ?")
                .param(school())
                .query((rs, i) -> new SchoolInput.PinIn(rs.getString(1), DayOfWeek.of(rs.getInt(2)), rs.getInt(3),
                        rs.getObject(4, UUID.class)))
                .list();
    }

    @Transactional
    public void pin(String lessonKey, DayOfWeek day, int position, @Nullable UUID roomId, String by) {
        jdbc.sql("""
                        insert into timetable_pins (school_id, id, lesson_key, day_of_week, position, room_id, pinned_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (school_id, lesson_key) do update set day_of_week = excluded.day_of_week,
                          position = excluded.position, room_id = excluded.room_id, pinned_by = excluded.pinned_by,
                          pinned_at = now()""")
                .param(school()).param(Ids.newId()).param(lessonKey).param(day.getValue()).param(position)
                .param(roomId).param(by).update();
    }

    @Transactional
    public void unpin(String lessonKey) {
        jdbc.sql("delete from timetable_pins where school_id = ? and lesson_key = ?")
                .param(school()).param(lessonKey).update();
    }
}
