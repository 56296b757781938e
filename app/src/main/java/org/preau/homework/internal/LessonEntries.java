package org.preau.homework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.preau.homework.ClassTarget;
import org.preau.homework.Lesson;
import org.preau.homework.LessonEntryId;
import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.preau.school.StaffId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cahier de textes entries of the current school. */
@Repository
public class LessonEntries {

    /** An entry as stored, with the lesson copied in. */
    public record Entry(LessonEntryId id, Lesson lesson, String content) {

        public StaffId teacherId() {
            return lesson.teacherId();
        }
    }

    private static final String COLUMNS = """
            id, occurrence_id, teaching_assignment_id, lesson_date, starts_at, subject_id, subject_name,
            division_id, group_id, target_name, teacher_id, teacher_name, content from homework_lesson_entries
            """;

    private final JdbcClient jdbc;

    LessonEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    public LessonEntryId insert(Lesson lesson, String content) {
        UUID id = Ids.newId();
        jdbc.sql("""
                        insert into homework_lesson_entries (school_id, id, occurrence_id, teaching_assignment_id,
                            lesson_date, starts_at, subject_id, subject_name, division_id, group_id, target_name,
                            teacher_id, teacher_name, content)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(school()).param(id).param(lesson.occurrenceId()).param(lesson.teachingAssignmentId())
                .param(lesson.date()).param(lesson.startsAt()).param(lesson.subjectId().value())
                .param(lesson.subjectName())
                .param(lesson.target().division() == null ? null : lesson.target().division().value())
                .param(lesson.target().group() == null ? null : lesson.target().group().value())
                .param(lesson.targetName()).param(lesson.teacherId().value()).param(lesson.teacherName())
                .param(content)
                .update();
        return new LessonEntryId(id);
    }

    public void updateContent(LessonEntryId id, String content) {
        jdbc.sql("update homework_lesson_entries set content = ?, updated_at = now() where school_id = ? and id = ?")
                .param(content).param(school()).param(id.value())
                .update();
    }

    public Optional<Entry> find(LessonEntryId id) {
        return jdbc.sql("select " + COLUMNS + " where school_id = ? and id = ?")
                .param(school()).param(id.value())
                .query(LessonEntries::entry).optional();
    }

    public Optional<Entry> findByOccurrence(UUID occurrenceId, LocalDate date) {
        return jdbc.sql("select " + COLUMNS + " where school_id = ? and occurrence_id = ? and lesson_date = ?")
                .param(school()).param(occurrenceId).param(date)
                .query(LessonEntries::entry).optional();
    }

    /** The teacher's entries between two dates (inclusive), in lesson order. */
    public List<Entry> ofTeacher(StaffId teacher, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + """
                         where school_id = ? and teacher_id = ? and lesson_date between ? and ?
                         order by lesson_date, starts_at nulls last, created_at""")
                .param(school()).param(teacher.value()).param(from).param(to)
                .query(LessonEntries::entry).list();
    }

    /** A class's entries between two dates (inclusive), whoever wrote them, in lesson order. */
    public List<Entry> ofTarget(ClassTarget target, LocalDate from, LocalDate to) {
        String column = target.division() != null ? "division_id" : "group_id";
        return jdbc.sql("select " + COLUMNS + " where school_id = ? and " + column + """
                         = ? and lesson_date between ? and ?
                         order by lesson_date, starts_at nulls last, created_at""")
                .param(school()).param(target.value()).param(from).param(to)
                .query(LessonEntries::entry).list();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        Lesson lesson = new Lesson(rs.getObject("occurrence_id", UUID.class),
                rs.getObject("teaching_assignment_id", UUID.class), rs.getObject("lesson_date", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class),
                new org.preau.school.SubjectId(rs.getObject("subject_id", UUID.class)), rs.getString("subject_name"),
                ClassTarget.of(rs.getObject("division_id", UUID.class), rs.getObject("group_id", UUID.class)),
                rs.getString("target_name"), new StaffId(rs.getObject("teacher_id", UUID.class)),
                rs.getString("teacher_name"));
        return new Entry(new LessonEntryId(rs.getObject("id", UUID.class)), lesson, rs.getString("content"));
    }
}
