package org.preau.timetable.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Ids;
import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.preau.timetable.LessonChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to dated lessons, week by week: cancellations (a teacher's absence), replacements, room changes, moves
 * and extra lessons. Each change bumps the lesson's sequence (calendar clients then update their copy), is
 * recorded with who, when and why, and publishes {@link LessonChanged}.
 */
@Service
public class LessonChanges {

    /** One entry of a lesson's history. */
    public record ChangeView(UUID id, UUID occurrenceId, String kind, String reason, String detail, String changedBy,
                             OffsetDateTime changedAt) {
    }

    private final JdbcClient jdbc;
    private final Occurrences occurrences;
    private final ApplicationEventPublisher events;

    LessonChanges(JdbcClient jdbc, Occurrences occurrences, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.occurrences = occurrences;
        this.events = events;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    /** Records a teacher's absence and cancels the lessons they would have taught in it. Returns those lessons. */
    @Transactional
    public List<Occurrence> recordAbsence(UUID teacherId, LocalDate from, LocalDate to, String reason, String by) {
        jdbc.sql("""
                        insert into teacher_absences (school_id, id, teacher_id, starts_on, ends_on, reason, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .param(school()).param(Ids.newId()).param(teacherId).param(from).param(to).param(reason).param(by)
                .update();
        List<Occurrence> affected = occurrences.activeOfTeacherBetween(teacherId,
                from.atStartOfDay(Publications.PARIS).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(Publications.PARIS).toOffsetDateTime());
        affected.forEach(o -> cancel(o.id(), reason.isBlank() ? "Absence de l'enseignant" : reason, by));
        return affected;
    }

    @Transactional
    public void cancel(UUID occurrenceId, String reason, String by) {
        update(occurrenceId, "CANCELLED", "status = 'CANCELLED'", "", reason, by, null);
    }

    @Transactional
    public void replace(UUID occurrenceId, UUID replacementTeacherId, String reason, String by) {
        update(occurrenceId, "REPLACED", "status = 'REPLACED', replacement_teacher_id = :value",
                replacementTeacherId.toString(), reason, by, replacementTeacherId);
    }

    @Transactional
    public void changeRoom(UUID occurrenceId, UUID roomId, String reason, String by) {
        update(occurrenceId, "ROOM_CHANGED",
                "room_id = :value, status = case when status = 'SCHEDULED' then 'ROOM_CHANGED' else status end",
                roomId.toString(), reason, by, roomId);
    }

    @Transactional
    public void move(UUID occurrenceId, OffsetDateTime newStart, OffsetDateTime newEnd, String reason, String by) {
        Occurrence before = occurrences.find(occurrenceId).orElseThrow();
        jdbc.sql("""
                        update lesson_occurrences set original_starts_at = coalesce(original_starts_at, starts_at),
                          starts_at = ?, ends_at = ?, on_date = ? where school_id = ? and id = ?""")
                .param(newStart).param(newEnd).param(newStart.atZoneSameInstant(Publications.PARIS).toLocalDate())
                .param(school()).param(occurrenceId).update();
        update(occurrenceId, "MOVED", "status = 'MOVED'", before.startsAt() + " → " + newStart, reason, by, null);
    }

    /** Adds a lesson outside the base timetable (a catch-up lesson, an extra hour). */
    @Transactional
    public UUID addExtra(UUID publicationId, UUID subjectId, UUID teacherId, @Nullable UUID divisionId,
                         @Nullable UUID groupId, @Nullable UUID roomId, OffsetDateTime start, OffsetDateTime end,
                         String reason, String by) {
        UUID id = Ids.newId();
        jdbc.sql("""
                        insert into lesson_occurrences (school_id, id, publication_id, on_date, starts_at, ends_at, subject_id,
                          teacher_id, division_id, group_id, room_id, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EXTRA')""")
                .param(school()).param(id).param(publicationId)
                .param(start.atZoneSameInstant(Publications.PARIS).toLocalDate()).param(start).param(end)
                .param(subjectId).param(teacherId).param(divisionId).param(groupId).param(roomId).update();
        record(id, "EXTRA", reason, "", by);
        publish(occurrences.find(id).orElseThrow(), "EXTRA", reason, by);
        return id;
    }

    public List<ChangeView> history(UUID occurrenceId) {
        return jdbc.sql("select * from lesson_changes where school_id = ? and occurrence_id = ? order by changed_at, id")
                .param(school()).param(occurrenceId).query(LessonChanges::view).list();
    }

    /** Every change to lessons of the week containing {@code from} .. {@code to}, newest first. */
    public List<ChangeView> between(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select c.* from lesson_changes c join lesson_occurrences o
                          on o.school_id = c.school_id and o.id = c.occurrence_id
                        where c.school_id = ? and o.on_date between ? and ? order by c.changed_at desc, c.id""")
                .param(school()).param(from).param(to).query(LessonChanges::view).list();
    }

    private void update(UUID occurrenceId, String kind, String set, String detail, String reason, String by,
                        @Nullable UUID value) {
        jdbc.sql("update lesson_occurrences set " + set + ", sequence = sequence + 1, updated_at = now() "
                        + "where school_id = :school and id = :id")
                .param("school", school()).param("id", occurrenceId)
                .params(value == null ? java.util.Map.of() : java.util.Map.of("value", value))
                .update();
        record(occurrenceId, kind, reason, detail, by);
        publish(occurrences.find(occurrenceId).orElseThrow(), kind, reason, by);
    }

    private void record(UUID occurrenceId, String kind, String reason, String detail, String by) {
        jdbc.sql("""
                        insert into lesson_changes (school_id, id, occurrence_id, kind, reason, detail, changed_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .param(school()).param(Ids.newId()).param(occurrenceId).param(kind).param(reason).param(detail)
                .param(by).update();
    }

    private void publish(Occurrence o, String kind, String reason, String by) {
        events.publishEvent(new LessonChanged(new SchoolId(school()), o.id(), kind, o.startsAt(), o.endsAt(),
                o.actualTeacherId(), o.divisionId(), o.groupId(), reason, by));
    }

    private static ChangeView view(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new ChangeView(rs.getObject("id", UUID.class), rs.getObject("occurrence_id", UUID.class),
                rs.getString("kind"), rs.getString("reason"), rs.getString("detail"), rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class));
    }
}
