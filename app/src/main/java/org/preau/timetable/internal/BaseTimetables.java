package org.preau.timetable.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.preau.engine.model.Placement;
import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Base timetables (the repeating week the solver produced), kept as versions with their lessons. */
@Repository
public class BaseTimetables {

    /** A base timetable's header: how complete it is and, when not, why in plain French. */
    public record TimetableView(UUID id, OffsetDateTime createdAt, int lessons, int placed, long hardViolations,
                                BigDecimal softPenalty, String explanations) {
        public boolean isComplete() {
            return placed == lessons && hardViolations == 0;
        }
    }

    /** A lesson of a base timetable; day and position are null when the solver could not place it. */
    public record BaseLesson(UUID id, String lessonKey, UUID assignmentId, UUID subjectId, UUID teacherId,
                             @Nullable UUID divisionId, @Nullable UUID groupId, @Nullable String week,
                             @Nullable DayOfWeek day, @Nullable Integer position, @Nullable UUID roomId) {
        public boolean isPlaced() {
            return day != null && position != null;
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    BaseTimetables(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    @Transactional
    public UUID save(@Nullable UUID jobId, ProblemBuilder.Built built, Solving.Outcome outcome, DayStructure structure,
                     String explanations) {
        UUID school = school();
        UUID id = Ids.newId();
        jdbc.sql("""
                        insert into timetables (school_id, id, job_id, lessons, placed, hard_violations, soft_penalty, explanations)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(school).param(id).param(jobId).param(outcome.lessons()).param(outcome.placed())
                .param(outcome.hardViolations())
                .param(BigDecimal.valueOf(outcome.softPenalty()).setScale(2, RoundingMode.HALF_UP)).param(explanations)
                .update();
        Map<String, Placement> placements = outcome.timetable().placements().stream()
                .collect(Collectors.toMap(Placement::lessonId, Function.identity(), (a, b) -> a));
        List<Object[]> rows = new ArrayList<>();
        for (ProblemBuilder.LessonSource source : built.lessons().values()) {
            Placement placement = placements.get(source.key());
            Integer day = null;
            Integer position = null;
            UUID room = null;
            if (placement != null) {
                day = structure.days().get(placement.start().day()).getValue();
                position = structure.periods().get(placement.start().period()).position();
                room = placement.roomId().isEmpty() ? null : UUID.fromString(placement.roomId());
            }
            var a = source.assignment();
            rows.add(new Object[] {school, Ids.newId(), id, source.key(), a.id(), a.subjectId(), a.teacherId(),
                    a.divisionId(), a.groupId(), source.week(), day, position, room});
        }
        template.batchUpdate("""
                insert into timetable_lessons (school_id, id, timetable_id, lesson_key, assignment_id, subject_id,
                  teacher_id, division_id, group_id, week, day_of_week, position, room_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return id;
    }

    public Optional<TimetableView> latest() {
        return jdbc.sql("select * from timetables where school_id = ? order by created_at desc, id desc limit 1")
                .param(school()).query(BaseTimetables::view).optional();
    }

    public Optional<TimetableView> find(UUID id) {
        return jdbc.sql("select * from timetables where school_id = ? and id = ?")
                .param(school()).param(id).query(BaseTimetables::view).optional();
    }

    public List<BaseLesson> lessons(UUID timetableId) {
        return jdbc.sql("select * from timetable_lessons where school_id = ? and timetable_id = ? order by lesson_key")
                .param(school()).param(timetableId).query(BaseTimetables::lesson).list();
    }

    public Optional<BaseLesson> lesson(UUID timetableId, String lessonKey) {
        return jdbc.sql("select * from timetable_lessons where school_id = ? and timetable_id = ? and lesson_key = ?")
                .param(school()).param(timetableId).param(lessonKey).query(BaseTimetables::lesson).optional();
    }

    /** Moves a lesson of a base timetable by hand (direction's keyboard or drag-and-drop edit). */
    @Transactional
    public void move(UUID timetableId, String lessonKey, DayOfWeek day, int position, @Nullable UUID roomId) {
        jdbc.sql("""
                        update timetable_lessons set day_of_week = ?, position = ?, room_id = coalesce(?, room_id)
                        where school_id = ? and timetable_id = ? and lesson_key = ?""")
                .param(day.getValue()).param(position).param(roomId).param(school()).param(timetableId).param(lessonKey)
                .update();
    }

    private static TimetableView view(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new TimetableView(rs.getObject("id", UUID.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getInt("lessons"), rs.getInt("placed"), rs.getLong("hard_violations"),
                rs.getBigDecimal("soft_penalty"), rs.getString("explanations"));
    }

    private static BaseLesson lesson(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        int day = rs.getInt("day_of_week");
        boolean placed = !rs.wasNull();
        int position = rs.getInt("position");
        return new BaseLesson(rs.getObject("id", UUID.class), rs.getString("lesson_key"),
                rs.getObject("assignment_id", UUID.class), rs.getObject("subject_id", UUID.class),
                rs.getObject("teacher_id", UUID.class), rs.getObject("division_id", UUID.class),
                rs.getObject("group_id", UUID.class), rs.getString("week"), placed ? DayOfWeek.of(day) : null,
                placed ? position : null, rs.getObject("room_id", UUID.class));
    }
}
