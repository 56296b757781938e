package org.preau.timetable.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a base timetable over dates: every teaching week of the range (holidays of the school's zone
 * skipped) gets its dated lessons, semaine A and B alternating week by week over the weeks that have lessons.
 * Publishing again from a date replaces the occurrences from that date on; earlier weeks keep their history.
 */
@Service
public class Publications {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public record PublicationView(UUID id, UUID timetableId, LocalDate startsOn, LocalDate endsOn, char firstWeek,
                                  String publishedBy, OffsetDateTime publishedAt, int occurrences) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BaseTimetables timetables;
    private final DayStructures structures;
    private final SchoolHolidays holidays;

    Publications(JdbcClient jdbc, JdbcTemplate template, BaseTimetables timetables, DayStructures structures,
                 SchoolHolidays holidays) {
        this.jdbc = jdbc;
        this.template = template;
        this.timetables = timetables;
        this.structures = structures;
        this.holidays = holidays;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    /** The A/B label of each week from {@code from}'s Monday: teaching weeks alternate, holiday weeks do not count. */
    public static char weekLabel(LocalDate day, LocalDate startsOn, char firstWeek, char zone, SchoolHolidays holidays,
                                 List<DayOfWeek> days) {
        LocalDate monday = startsOn.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate target = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int teachingWeeks = 0;
        for (LocalDate w = monday; w.isBefore(target); w = w.plusWeeks(1)) {
            if (hasLessons(w, startsOn, zone, holidays, days)) {
                teachingWeeks++;
            }
        }
        return teachingWeeks % 2 == 0 ? firstWeek : other(firstWeek);
    }

    private static boolean hasLessons(LocalDate monday, LocalDate startsOn, char zone, SchoolHolidays holidays,
                                      List<DayOfWeek> days) {
        for (DayOfWeek d : days) {
            LocalDate date = monday.with(TemporalAdjusters.nextOrSame(d));
            if (!date.isBefore(startsOn) && holidays.holidayOn(zone, date).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    static char other(char week) {
        return week == 'A' ? 'B' : 'A';
    }

    @Transactional
    public UUID publish(UUID timetableId, LocalDate startsOn, LocalDate endsOn, char firstWeek, String by) {
        UUID school = school();
        DayStructure structure = structures.current();
        jdbc.sql("""
                        delete from lesson_occurrences where school_id = ? and on_date >= ?
                          and publication_id in (select id from timetable_publications where school_id = ? and active)""")
                .param(school).param(startsOn).param(school).update();
        jdbc.sql("update timetable_publications set active = false, ends_on = least(ends_on, ?) where school_id = ? and active")
                .param(startsOn.minusDays(1)).param(school).update();
        UUID publication = Ids.newId();
        jdbc.sql("""
                        insert into timetable_publications (school_id, id, timetable_id, starts_on, ends_on, first_week, published_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .param(school).param(publication).param(timetableId).param(startsOn).param(endsOn)
                .param(String.valueOf(firstWeek)).param(by).update();
        List<BaseTimetables.BaseLesson> lessons = timetables.lessons(timetableId).stream()
                .filter(BaseTimetables.BaseLesson::isPlaced).toList();
        List<Object[]> rows = new ArrayList<>();
        char week = firstWeek;
        LocalDate monday = startsOn.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (; !monday.isAfter(endsOn); monday = monday.plusWeeks(1)) {
            if (!hasLessons(monday, startsOn, structure.holidayZone(), holidays, structure.days())) {
                continue;
            }
            for (BaseTimetables.BaseLesson lesson : lessons) {
                LocalDate date = monday.with(TemporalAdjusters.nextOrSame(lesson.day()));
                if (date.isBefore(startsOn) || date.isAfter(endsOn)
                        || holidays.holidayOn(structure.holidayZone(), date).isPresent()
                        || (lesson.week() != null && lesson.week().charAt(0) != week)) {
                    continue;
                }
                var period = structure.period(lesson.position()).orElse(null);
                if (period == null) {
                    continue;
                }
                OffsetDateTime start = date.atTime(period.start()).atZone(PARIS).toOffsetDateTime();
                OffsetDateTime end = date.atTime(period.end()).atZone(PARIS).toOffsetDateTime();
                rows.add(new Object[] {school, Ids.newId(), publication, lesson.lessonKey(), date, start, end,
                        lesson.week(), lesson.subjectId(), lesson.teacherId(), lesson.divisionId(), lesson.groupId(),
                        lesson.roomId()});
            }
            week = other(week);
        }
        template.batchUpdate("""
                insert into lesson_occurrences (school_id, id, publication_id, lesson_key, on_date, starts_at, ends_at,
                  week, subject_id, teacher_id, division_id, group_id, room_id, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED')""", rows);
        return publication;
    }

    public Optional<PublicationView> active() {
        return jdbc.sql("""
                        select p.*, (select count(*) from lesson_occurrences o where o.school_id = p.school_id
                          and o.publication_id = p.id) as occurrences
                        from timetable_publications p where p.school_id = ? and p.active
                        order by p.published_at desc limit 1""")
                .param(school())
                .query((rs, i) -> new PublicationView(rs.getObject("id", UUID.class),
                        rs.getObject("timetable_id", UUID.class), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getString("first_week").charAt(0),
                        rs.getString("published_by"), rs.getObject("published_at", OffsetDateTime.class),
                        rs.getInt("occurrences")))
                .optional();
    }
}
