package org.preau.homework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.homework.ClassTarget;
import org.preau.homework.HomeworkDraft;
import org.preau.homework.HomeworkId;
import org.preau.homework.LessonEntryId;
import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.preau.school.DivisionId;
import org.preau.school.GroupId;
import org.preau.school.PupilId;
import org.preau.school.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Travail à faire of the current school, read together with the lesson it was given in. */
@Repository
public class HomeworkStore {

    /** A homework with what its lesson entry says about subject, class and teacher. */
    public record Row(HomeworkId id, LessonEntryId entryId, LocalDate givenOn, LocalDate dueOn, String description,
                      int estimatedMinutes, boolean handInRequired, @Nullable Instant handInDeadline,
                      String subjectName, ClassTarget target, String targetName, StaffId teacherId,
                      String teacherName) {
    }

    private static final String SELECT = """
            select h.id, h.lesson_entry_id, h.given_on, h.due_on, h.description, h.estimated_minutes,
                   h.hand_in_required, h.hand_in_deadline, e.subject_name, e.division_id, e.group_id,
                   e.target_name, e.teacher_id, e.teacher_name
            from homework h join homework_lesson_entries e on e.school_id = h.school_id and e.id = h.lesson_entry_id
            where h.school_id = :school""";
    private static final String ORDER = " order by h.due_on, e.subject_name, h.created_at";

    private final JdbcClient jdbc;

    HomeworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    public HomeworkId insert(LessonEntryId entry, LocalDate givenOn, HomeworkDraft draft,
                             @Nullable Instant handInDeadline) {
        UUID id = Ids.newId();
        jdbc.sql("""
                        insert into homework (school_id, id, lesson_entry_id, given_on, due_on, description,
                            estimated_minutes, hand_in_required, hand_in_deadline)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(school()).param(id).param(entry.value()).param(givenOn).param(draft.dueOn())
                .param(draft.description()).param(draft.estimatedMinutes()).param(handInDeadline != null)
                .param(handInDeadline == null ? null : Timestamp.from(handInDeadline))
                .update();
        return new HomeworkId(id);
    }

    public Optional<Row> find(HomeworkId id) {
        return jdbc.sql(SELECT + " and h.id = :id").param("school", school()).param("id", id.value())
                .query(HomeworkStore::row).optional();
    }

    public List<Row> ofEntries(Collection<LessonEntryId> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " and h.lesson_entry_id in (:entries)" + ORDER)
                .param("school", school()).param("entries", entries.stream().map(LessonEntryId::value).toList())
                .query(HomeworkStore::row).list();
    }

    /** Homework due between two dates (inclusive) for a division or any of some groups. */
    public List<Row> dueFor(Collection<DivisionId> divisions, Collection<GroupId> groups, LocalDate from,
                            LocalDate to) {
        List<UUID> divisionIds = divisions.stream().map(DivisionId::value).toList();
        List<UUID> groupIds = groups.stream().map(GroupId::value).toList();
        if (divisionIds.isEmpty() && groupIds.isEmpty()) {
            return List.of();
        }
        java.util.ArrayList<String> targets = new java.util.ArrayList<>();
        if (!divisionIds.isEmpty()) {
            targets.add("e.division_id in (:divisions)");
        }
        if (!groupIds.isEmpty()) {
            targets.add("e.group_id in (:groups)");
        }
        var sql = jdbc.sql(SELECT + " and h.due_on between :from and :to and (" + String.join(" or ", targets) + ")"
                        + ORDER)
                .param("school", school()).param("from", from).param("to", to);
        if (!divisionIds.isEmpty()) {
            sql = sql.param("divisions", divisionIds);
        }
        if (!groupIds.isEmpty()) {
            sql = sql.param("groups", groupIds);
        }
        return sql.query(HomeworkStore::row).list();
    }

    /** Every group that has homework due between two dates. */
    public Set<GroupId> groupsWithHomeworkDue(LocalDate from, LocalDate to) {
        return new HashSet<>(jdbc.sql("""
                        select distinct e.group_id from homework h
                        join homework_lesson_entries e on e.school_id = h.school_id and e.id = h.lesson_entry_id
                        where h.school_id = ? and h.due_on between ? and ? and e.group_id is not null""")
                .param(school()).param(from).param(to)
                .query((rs, i) -> new GroupId(rs.getObject(1, UUID.class))).list());
    }

    public void setDone(HomeworkId homework, PupilId pupil, boolean done) {
        if (done) {
            jdbc.sql("""
                            insert into homework_done (school_id, homework_id, pupil_id) values (?, ?, ?)
                            on conflict do nothing""")
                    .param(school()).param(homework.value()).param(pupil.value()).update();
        } else {
            jdbc.sql("delete from homework_done where school_id = ? and homework_id = ? and pupil_id = ?")
                    .param(school()).param(homework.value()).param(pupil.value()).update();
        }
    }

    public Set<HomeworkId> doneBy(PupilId pupil, Collection<HomeworkId> homework) {
        if (homework.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select homework_id from homework_done
                        where school_id = :school and pupil_id = :pupil and homework_id in (:homework)""")
                .param("school", school()).param("pupil", pupil.value())
                .param("homework", homework.stream().map(HomeworkId::value).toList())
                .query((rs, i) -> new HomeworkId(rs.getObject(1, UUID.class))).list());
    }

    /** How many distinct pupils handed in each homework. */
    public Map<HomeworkId, Integer> pupilsHandedIn(Collection<HomeworkId> homework) {
        Map<HomeworkId, Integer> counts = new HashMap<>();
        if (homework.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select homework_id, count(distinct pupil_id) from homework_submissions
                        where school_id = :school and homework_id in (:homework) group by homework_id""")
                .param("school", school()).param("homework", homework.stream().map(HomeworkId::value).toList())
                .query(rs -> {
                    counts.put(new HomeworkId(rs.getObject(1, UUID.class)), rs.getInt(2));
                });
        return counts;
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Timestamp deadline = rs.getTimestamp("hand_in_deadline");
        return new Row(new HomeworkId(rs.getObject("id", UUID.class)),
                new LessonEntryId(rs.getObject("lesson_entry_id", UUID.class)),
                rs.getObject("given_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getString("description"), rs.getInt("estimated_minutes"), rs.getBoolean("hand_in_required"),
                deadline == null ? null : deadline.toInstant(), rs.getString("subject_name"),
                ClassTarget.of(rs.getObject("division_id", UUID.class), rs.getObject("group_id", UUID.class)),
                rs.getString("target_name"), new StaffId(rs.getObject("teacher_id", UUID.class)),
                rs.getString("teacher_name"));
    }
}
