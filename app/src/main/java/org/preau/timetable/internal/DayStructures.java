package org.preau.timetable.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each school's day structure, stored in this module's tables; the typical collège until direction edits it. */
@Repository
public class DayStructures {

    private final JdbcClient jdbc;

    DayStructures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    @Transactional
    public DayStructure current() {
        var settings = jdbc.sql("select days, holiday_zone from timetable_settings where school_id = ?")
                .param(school())
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
        if (settings.isEmpty()) {
            DayStructure typical = DayStructure.typicalCollege();
            save(typical);
            return typical;
        }
        List<DayOfWeek> days = Arrays.stream(settings.get()[0].split(",")).map(String::trim)
                .map(d -> DayOfWeek.of(Integer.parseInt(d))).toList();
        List<DayStructure.PeriodDef> periods = jdbc.sql("""
                        select position, name, starts_at, ends_at from timetable_periods
                        where school_id = ? order by position""")
                .param(school())
                .query((rs, i) -> new DayStructure.PeriodDef(rs.getInt(1), rs.getString(2),
                        rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class)))
                .list();
        Set<DayStructure.SlotRef> closed = new HashSet<>(jdbc.sql(
                        "select day_of_week, position from timetable_closed_slots where school_id = ?")
                .param(school())
                .query((rs, i) -> new DayStructure.SlotRef(DayOfWeek.of(rs.getInt(1)), rs.getInt(2))).list());
        return new DayStructure(days, periods, closed, settings.get()[1].charAt(0));
    }

    @Transactional
    public void save(DayStructure structure) {
        UUID school = school();
        String days = String.join(",", structure.days().stream().map(d -> String.valueOf(d.getValue())).toList());
        int updated = jdbc.sql("update timetable_settings set days = ?, holiday_zone = ?, updated_at = now() where school_id = ?")
                .param(days).param(String.valueOf(structure.holidayZone())).param(school).update();
        if (updated == 0) {
            jdbc.sql("insert into timetable_settings (school_id, id, days, holiday_zone) values (?, ?, ?, ?)")
                    .param(school).param(Ids.newId()).param(days).param(String.valueOf(structure.holidayZone())).update();
        }
        jdbc.sql("delete from timetable_periods where school_id = ?").param(school).update();
        for (DayStructure.PeriodDef p : structure.periods()) {
            jdbc.sql("insert into timetable_periods (school_id, id, position, name, starts_at, ends_at) values (?, ?, ?, ?, ?, ?)")
                    .param(school).param(Ids.newId()).param(p.position()).param(p.name()).param(p.start()).param(p.end())
                    .update();
        }
        jdbc.sql("delete from timetable_closed_slots where school_id = ?").param(school).update();
        List<DayStructure.SlotRef> closed = new ArrayList<>(structure.closed());
        for (DayStructure.SlotRef slot : closed) {
            jdbc.sql("insert into timetable_closed_slots (school_id, id, day_of_week, position) values (?, ?, ?, ?)")
                    .param(school).param(Ids.newId()).param(slot.day().getValue()).param(slot.position()).update();
        }
    }
}
