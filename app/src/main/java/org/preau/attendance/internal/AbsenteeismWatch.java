package org.preau.attendance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.preau.attendance.AbsenteeismThresholdReached;
import org.preau.attendance.HalfDayCounts;
import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.preau.school.PupilId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Absentéisme: raises an alert, once per pupil and month, when a pupil reaches {@value #THRESHOLD} unjustified
 * half-days in a calendar month (the national rule that obliges the school to act).
 */
@Component
public class AbsenteeismWatch {

    public static final int THRESHOLD = 4;

    /** An alert as vie scolaire lists it. */
    public record Alert(UUID id, PupilId pupil, YearMonth month, int halfDaysWhenRaised, Instant raisedAt) {
    }

    private final AbsenceBook book;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AbsenteeismWatch(AbsenceBook book, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.book = book;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Checks the month of {@code day} for the pupil; raises the alert the first time the threshold is reached. */
    public void check(PupilId pupil, LocalDate day) {
        YearMonth month = YearMonth.from(day);
        HalfDayCounts counts = unjustifiedIn(pupil, month);
        if (counts.unjustified() < THRESHOLD) {
            return;
        }
        int inserted = jdbc.sql("""
                        insert into absenteeism_alerts (school_id, id, pupil_id, month, half_days, raised_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (school_id, pupil_id, month) do nothing""")
                .param(school()).param(Ids.newId()).param(pupil.value()).param(month.atDay(1))
                .param(counts.unjustified()).param(Instant.now().atOffset(ZoneOffset.UTC)).update();
        if (inserted == 1) {
            events.publishEvent(new AbsenteeismThresholdReached(TenantContext.require(), pupil, month,
                    counts.unjustified()));
        }
    }

    public HalfDayCounts unjustifiedIn(PupilId pupil, YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        return HalfDays.count(book.absencesOfPupilBetween(pupil, from, to, false).stream().map(Absence::span)
                .toList(), from, to);
    }

    /** Alerts raised, latest month first. */
    public List<Alert> alerts() {
        return jdbc.sql("""
                        select id, pupil_id, month, half_days, raised_at from absenteeism_alerts where school_id = ?
                        order by month desc, raised_at desc""")
                .param(school())
                .query((rs, i) -> new Alert(rs.getObject("id", UUID.class),
                        new PupilId(rs.getObject("pupil_id", UUID.class)),
                        YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getInt("half_days"),
                        rs.getObject("raised_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    private static UUID school() {
        return TenantContext.require().value();
    }
}
