package org.preau.timetable.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dated lessons of the current school, by who or what they concern, between two dates (inclusive). */
@Repository
public class Occurrences {

    private static final String ORDER = " order by starts_at, id";

    private final JdbcClient jdbc;

    Occurrences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    public Optional<Occurrence> find(UUID id) {
        return jdbc.sql("select * from lesson_occurrences where school_id = ? and id = ?")
                .param(school()).param(id).query(Occurrence::map).optional();
    }

    /** Lessons of a division and of the given groups (its pupils' groups). */
    public List<Occurrence> ofStudents(@Nullable UUID divisionId, Collection<UUID> groupIds, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select * from lesson_occurrences where school_id = :school and on_date between :from and :to
                          and (division_id = :division or group_id = any(:groups))""" + ORDER)
                .param("school", school()).param("from", from).param("to", to)
                .param("division", divisionId)
                .param("groups", groupIds.toArray(UUID[]::new))
                .query(Occurrence::map).list();
    }

    public List<Occurrence> ofTeacher(UUID teacherId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select * from lesson_occurrences where school_id = ? and on_date between ? and ?
                          and (teacher_id = ? or replacement_teacher_id = ?)""" + ORDER)
                .param(school()).param(from).param(to).param(teacherId).param(teacherId)
                .query(Occurrence::map).list();
    }

    public List<Occurrence> ofRoom(UUID roomId, LocalDate from, LocalDate to) {
        return jdbc.sql("select * from lesson_occurrences where school_id = ? and on_date between ? and ? and room_id = ?"
                        + ORDER)
                .param(school()).param(from).param(to).param(roomId).query(Occurrence::map).list();
    }

    public List<Occurrence> between(LocalDate from, LocalDate to) {
        return jdbc.sql("select * from lesson_occurrences where school_id = ? and on_date between ? and ?" + ORDER)
                .param(school()).param(from).param(to).query(Occurrence::map).list();
    }

    /** Lessons taught (or due to be taught) by {@code teacherId} between two instants, not cancelled. */
    public List<Occurrence> activeOfTeacherBetween(UUID teacherId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                        select * from lesson_occurrences where school_id = ? and starts_at < ? and ends_at > ?
                          and status <> 'CANCELLED' and (teacher_id = ? and replacement_teacher_id is null
                                                         or replacement_teacher_id = ?)""" + ORDER)
                .param(school()).param(to).param(from).param(teacherId).param(teacherId)
                .query(Occurrence::map).list();
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from lesson_occurrences where school_id = ?)")
                .param(school()).query(Boolean.class).single();
    }
}
