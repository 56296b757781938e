package org.preau.attendance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.school.PupilId;
import org.preau.platform.TenantContext;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where absences are kept (the register of absences and retards of the current school). */
@Repository
public class AbsenceBook {

    static final String SELECT = """
            select a.*, m.name as motif_name,
                   (select count(*) from absence_documents d where d.school_id = a.school_id and d.absence_id = a.id)
                     as documents
            from absences a
            left join absence_motifs m on m.school_id = a.school_id and m.id = a.motif_id
            """;

    static final RowMapper<Absence> ABSENCE = (rs, i) -> new Absence(rs.getObject("id", UUID.class),
            new PupilId(rs.getObject("pupil_id", UUID.class)), Absence.Kind.valueOf(rs.getString("kind")),
            rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
            rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
            (Integer) rs.getObject("late_minutes", Integer.class), rs.getObject("lesson_id", UUID.class),
            rs.getObject("motif_id", UUID.class), rs.getString("motif_name"), rs.getBoolean("justified"),
            rs.getString("comment"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
            rs.getInt("documents"));

    private final JdbcClient jdbc;

    AbsenceBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Absence absence, UUID recordedBy) {
        jdbc.sql("""
                        insert into absences (school_id, id, pupil_id, kind, starts_at, ends_at, late_minutes, lesson_id,
                                              motif_id, justified, comment, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(school()).param(absence.id()).param(absence.pupil().value()).param(absence.kind().name())
                .param(utc(absence.start())).param(utc(absence.end())).param(absence.lateMinutes())
                .param(absence.lessonId()).param(absence.motifId()).param(absence.justified())
                .param(absence.comment()).param(recordedBy).param(utc(absence.recordedAt()))
                .update();
    }

    public Optional<Absence> find(UUID id) {
        return jdbc.sql(SELECT + " where a.school_id = ? and a.id = ?")
                .param(school()).param(id).query(ABSENCE).optional();
    }

    public Optional<Absence> ofLesson(UUID lessonId, PupilId pupil) {
        return jdbc.sql(SELECT + " where a.school_id = ? and a.lesson_id = ? and a.pupil_id = ? for update of a")
                .param(school()).param(lessonId).param(pupil.value()).query(ABSENCE).optional();
    }

    /** A justified absence entered by vie scolaire that covers the whole of [start, end]. */
    public Optional<Absence> justifiedRangeCovering(PupilId pupil, Instant start, Instant end) {
        return jdbc.sql(SELECT + """
                         where a.school_id = ? and a.pupil_id = ? and a.lesson_id is null and a.kind = 'ABSENCE'
                           and a.justified and a.starts_at <= ? and a.ends_at >= ?
                         order by a.recorded_at limit 1""")
                .param(school()).param(pupil.value()).param(utc(start)).param(utc(end))
                .query(ABSENCE).optional();
    }

    public void changeKind(UUID id, Absence.Kind kind, Instant end, @Nullable Integer lateMinutes) {
        jdbc.sql("update absences set kind = ?, ends_at = ?, late_minutes = ? where school_id = ? and id = ?")
                .param(kind.name()).param(utc(end)).param(lateMinutes).param(school()).param(id).update();
    }

    public void delete(UUID id) {
        jdbc.sql("delete from absences where school_id = ? and id = ?").param(school()).param(id).update();
    }

    public void setMotif(UUID id, UUID motifId, boolean justified, UUID by, Instant at) {
        jdbc.sql("""
                        update absences set motif_id = ?, justified = ?, justified_by = ?, justified_at = ?
                        where school_id = ? and id = ?""")
                .param(motifId).param(justified).param(by).param(utc(at)).param(school()).param(id).update();
    }

    /** A pupil's absences and retards that overlap [from, to), latest first. */
    public List<Absence> ofPupil(PupilId pupil, Instant from, Instant to) {
        return jdbc.sql(SELECT + """
                         where a.school_id = ? and a.pupil_id = ? and a.starts_at < ? and a.ends_at > ?
                         order by a.starts_at desc, a.id""")
                .param(school()).param(pupil.value()).param(utc(to)).param(utc(from))
                .query(ABSENCE).list();
    }

    public List<Absence> ofPupil(PupilId pupil) {
        return jdbc.sql(SELECT + " where a.school_id = ? and a.pupil_id = ? order by a.starts_at desc, a.id")
                .param(school()).param(pupil.value()).query(ABSENCE).list();
    }

    /** Absences (not retards) of a pupil overlapping the given dates, for half-day counting. */
    public List<Absence> absencesOfPupilBetween(PupilId pupil, LocalDate from, LocalDate to,
                                                boolean onlyCountingOnReport) {
        String filter = onlyCountingOnReport ? " and (m.id is null or m.counts_on_report)" : "";
        return jdbc.sql(SELECT + """
                         where a.school_id = ? and a.pupil_id = ? and a.kind = 'ABSENCE'
                           and a.starts_at < ? and a.ends_at > ?""" + filter)
                .param(school()).param(pupil.value())
                .param(utc(to.plusDays(1).atStartOfDay(HalfDays.ZONE).toInstant()))
                .param(utc(from.atStartOfDay(HalfDays.ZONE).toInstant()))
                .query(ABSENCE).list();
    }

    /** Every absence or retard that overlaps [from, to), earliest first. */
    public List<Absence> between(Instant from, Instant to) {
        return jdbc.sql(SELECT + " where a.school_id = ? and a.starts_at < ? and a.ends_at > ? "
                        + "order by a.starts_at, a.pupil_id")
                .param(school()).param(utc(to)).param(utc(from)).query(ABSENCE).list();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static UUID school() {
        return TenantContext.require().value();
    }
}
