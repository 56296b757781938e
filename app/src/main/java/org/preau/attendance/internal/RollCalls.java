package org.preau.attendance.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Member;
import org.preau.platform.TenantContext;
import org.preau.school.DivisionId;
import org.preau.school.GroupId;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.preau.school.StaffId;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roll call of a lesson: only the lesson's teacher(s) take it. Each mark is saved on its own and keyed by
 * lesson and pupil, so a phone that retries a mark after a lost answer never duplicates anything; a retry of
 * an older mark that arrives after a newer one loses (marks carry the time the teacher tapped).
 */
@Service
public class RollCalls {

    /** One pupil's line in the roll call. */
    public record Line(PupilSummary pupil, MarkStatus status, @Nullable Integer lateMinutes) {
    }

    /** A roll call as the teacher's screen shows it. */
    public record Sheet(RollCall rollCall, List<Line> lines) {
    }

    /** What the server holds after a mark: the mark that won (the one sent, or a newer one). */
    public record MarkState(UUID lessonId, PupilId pupil, MarkStatus status, @Nullable Integer lateMinutes,
                            Instant markedAt) {
    }

    private static final RowMapper<RollCall> ROLL_CALL = (rs, i) -> new RollCall(
            rs.getObject("lesson_id", UUID.class), rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
            rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
            nullable(rs.getObject("division_id", UUID.class), DivisionId::new),
            nullable(rs.getObject("group_id", UUID.class), GroupId::new), staffIds(rs.getArray("teacher_ids")),
            rs.getString("label"),
            Optional.ofNullable(rs.getObject("completed_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                    .orElse(null));

    private final JdbcClient jdbc;
    private final LessonCatalogue lessons;
    private final SchoolStructure structure;
    private final AbsenceRegister register;

    RollCalls(JdbcClient jdbc, LessonCatalogue lessons, SchoolStructure structure, AbsenceRegister register) {
        this.jdbc = jdbc;
        this.lessons = lessons;
        this.structure = structure;
        this.register = register;
    }

    /** Opens (or reopens) the roll call of a lesson the member teaches. */
    @Transactional
    public RollCall open(Member member, LessonOccurrence lesson) {
        if (!lesson.taughtBy(staffOf(member))) {
            throw new AttendanceForbidden("Only the lesson's teacher takes its roll call");
        }
        jdbc.sql("""
                        insert into roll_calls (school_id, lesson_id, starts_at, ends_at, division_id, group_id,
                                                teacher_ids, label)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (school_id, lesson_id) do nothing""")
                .param(school()).param(lesson.id()).param(AbsenceBook.utc(lesson.start()))
                .param(AbsenceBook.utc(lesson.end()))
                .param(lesson.division() == null ? null : lesson.division().value())
                .param(lesson.group() == null ? null : lesson.group().value())
                .param(lesson.teachers().stream().map(StaffId::value).toArray(UUID[]::new))
                .param(lesson.label()).update();
        return requireTeacherOf(member, lesson.id());
    }

    /** The roll call of a lesson the member teaches: 404 if unknown, 403 if someone else's. */
    @Transactional
    public RollCall requireTeacherOf(Member member, UUID lessonId) {
        RollCall rollCall = find(lessonId)
                .or(() -> lessons.find(lessonId).map(lesson -> openFromTimetable(member, lesson)))
                .orElseThrow(() -> new AttendanceNotFound("No such lesson"));
        if (!rollCall.takenBy(staffOf(member))) {
            throw new AttendanceForbidden("Only the lesson's teacher takes its roll call");
        }
        return rollCall;
    }

    private RollCall openFromTimetable(Member member, LessonOccurrence lesson) {
        if (!lesson.taughtBy(staffOf(member))) {
            return RollCall.of(lesson); // refused by the caller
        }
        return open(member, lesson);
    }

    public Optional<RollCall> find(UUID lessonId) {
        return jdbc.sql("select * from roll_calls where school_id = ? and lesson_id = ?")
                .param(school()).param(lessonId).query(ROLL_CALL).optional();
    }

    /** The roll call's sheet; the first look at a timetable lesson opens its roll call (hence not read-only). */
    @Transactional
    public Sheet sheet(Member member, UUID lessonId) {
        RollCall rollCall = requireTeacherOf(member, lessonId);
        Map<UUID, MarkState> marks = new HashMap<>();
        jdbc.sql("select * from roll_call_marks where school_id = ? and lesson_id = ?")
                .param(school()).param(lessonId)
                .query((rs, i) -> markState(rs)).list()
                .forEach(m -> marks.put(m.pupil().value(), m));
        List<Line> lines = pupilsOf(rollCall).stream().map(pupil -> {
            MarkState mark = marks.get(pupil.id().value());
            return mark == null ? new Line(pupil, MarkStatus.PRESENT, null)
                    : new Line(pupil, mark.status(), mark.lateMinutes());
        }).toList();
        return new Sheet(rollCall, lines);
    }

    /** Saves one mark; the same mark sent twice changes nothing the second time. */
    @Transactional
    public MarkState mark(Member member, UUID lessonId, PupilId pupil, MarkStatus status,
                          @Nullable Integer lateMinutes, Instant markedAt) {
        RollCall rollCall = requireTeacherOf(member, lessonId);
        if (pupilsOf(rollCall).stream().noneMatch(p -> p.id().equals(pupil))) {
            throw new AttendanceNotFound("This pupil is not in this lesson");
        }
        long lessonMinutes = Duration.between(rollCall.start(), rollCall.end()).toMinutes();
        Integer minutes = status == MarkStatus.RETARD ? lateMinutes : null;
        if (status == MarkStatus.RETARD && (minutes == null || minutes < 1 || minutes > lessonMinutes)) {
            throw new AttendanceRejected(HttpStatus.BAD_REQUEST, "rollcall.error.minutes",
                    "A retard needs minutes between 1 and the lesson's length");
        }
        int applied = jdbc.sql("""
                        insert into roll_call_marks (school_id, lesson_id, pupil_id, status, late_minutes, marked_at,
                                                     received_at)
                        values (?, ?, ?, ?, ?, ?, now())
                        on conflict (school_id, lesson_id, pupil_id) do update
                          set status = excluded.status, late_minutes = excluded.late_minutes,
                              marked_at = excluded.marked_at, received_at = excluded.received_at
                          where roll_call_marks.marked_at <= excluded.marked_at""")
                .param(school()).param(lessonId).param(pupil.value()).param(status.name()).param(minutes)
                .param(AbsenceBook.utc(markedAt)).update();
        if (applied == 1) {
            register.applyMark(rollCall, pupil, status, minutes, member.accountId());
        }
        return jdbc.sql("select * from roll_call_marks where school_id = ? and lesson_id = ? and pupil_id = ?")
                .param(school()).param(lessonId).param(pupil.value())
                .query((rs, i) -> markState(rs)).single();
    }

    /** "Appel fait": the teacher confirms the roll call; the first confirmation is kept. */
    @Transactional
    public RollCall complete(Member member, UUID lessonId) {
        requireTeacherOf(member, lessonId);
        jdbc.sql("""
                        update roll_calls set completed_at = now(), completed_by = ?
                        where school_id = ? and lesson_id = ? and completed_at is null""")
                .param(member.accountId()).param(school()).param(lessonId).update();
        return find(lessonId).orElseThrow();
    }

    /** Roll calls of lessons that started between the two instants, for vie scolaire's overview. */
    private List<RollCall> startedBetween(Instant from, Instant to) {
        return jdbc.sql("""
                        select * from roll_calls where school_id = ? and starts_at >= ? and starts_at < ?
                        order by starts_at, label""")
                .param(school()).param(AbsenceBook.utc(from)).param(AbsenceBook.utc(to))
                .query(ROLL_CALL).list();
    }

    /** Where the roll call of a lesson stands, as vie scolaire follows the day. */
    public enum Progress { DONE, OPEN, MISSING }

    /** A lesson of the day and its roll call's progress. */
    public record DayLine(Instant start, String label, Progress progress) {
    }

    /**
     * The day's lessons that have begun by {@code now}, each with its roll call's progress (a lesson of the
     * timetable whose roll call nobody opened is MISSING), and the roll calls opened on lessons picked by hand.
     */
    public List<DayLine> dayLines(LocalDate day, Instant now) {
        Map<UUID, RollCall> opened = new LinkedHashMap<>();
        startedBetween(day.atStartOfDay(HalfDays.ZONE).toInstant(), day.plusDays(1).atStartOfDay(HalfDays.ZONE)
                .toInstant()).forEach(rollCall -> opened.put(rollCall.lessonId(), rollCall));
        List<DayLine> lines = new ArrayList<>();
        for (LessonOccurrence lesson : lessons.begunBy(day, now)) {
            RollCall rollCall = opened.remove(lesson.id());
            lines.add(new DayLine(lesson.start(), lesson.label(), rollCall == null ? Progress.MISSING
                    : rollCall.completed() ? Progress.DONE : Progress.OPEN));
        }
        opened.values().forEach(rollCall -> lines.add(new DayLine(rollCall.start(), rollCall.label(),
                rollCall.completed() ? Progress.DONE : Progress.OPEN)));
        lines.sort(Comparator.comparing(DayLine::start).thenComparing(DayLine::label));
        return lines;
    }

    public List<PupilSummary> pupilsOf(RollCall rollCall) {
        return rollCall.division() != null ? structure.pupilsOfDivision(rollCall.division())
                : structure.pupilsOfGroup(java.util.Objects.requireNonNull(rollCall.group()));
    }

    private static MarkState markState(java.sql.ResultSet rs) throws SQLException {
        return new MarkState(rs.getObject("lesson_id", UUID.class), new PupilId(rs.getObject("pupil_id", UUID.class)),
                MarkStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("late_minutes", Integer.class),
                rs.getObject("marked_at", OffsetDateTime.class).toInstant());
    }

    static @Nullable StaffId staffOf(Member member) {
        return member.staffId() == null ? null : new StaffId(member.staffId());
    }

    private static List<StaffId> staffIds(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(id -> new StaffId((UUID) id)).toList();
    }

    private static <T> @Nullable T nullable(@Nullable UUID id, java.util.function.Function<UUID, T> wrap) {
        return id == null ? null : wrap.apply(id);
    }

    private static UUID school() {
        return TenantContext.require().value();
    }
}
