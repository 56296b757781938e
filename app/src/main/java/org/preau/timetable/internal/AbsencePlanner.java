package org.preau.timetable.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.school.DivisionId;
import org.preau.school.GroupId;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Minimal-change re-planning for a teacher's absence. Every other lesson stays where it is (pinned); for each lesson
 * the absent teacher would have taught, in this order of preference:
 * <ol>
 * <li>a replacement by a teacher of the same subject who is free then and not absent (nothing moves, no pupil
 * loses the lesson);</li>
 * <li>a move, with the same teacher, to a free slot of the same week outside the absence where the pupils, the
 * teacher and the room are all free (one lesson moved);</li>
 * <li>otherwise a cancellation.</li>
 * </ol>
 * Hard rules kept: nobody (teacher, pupil of the division or group, room) is booked twice, no lesson on a holiday or
 * a closed slot. Direction sees the plan with its figures and accepts or rejects it.
 */
@Service
public class AbsencePlanner {

    public enum Kind { REPLACE, MOVE, CANCEL }

    /** One decision of the plan. */
    public record Action(Occurrence lesson, Kind kind, @Nullable UUID teacherId, @Nullable OffsetDateTime newStart,
                         @Nullable OffsetDateTime newEnd, int pupils) {
    }

    /** The plan and how it compares with cancelling everything. */
    public record Plan(UUID teacherId, LocalDate from, LocalDate to, List<Action> actions) {
        public long count(Kind kind) {
            return actions.stream().filter(a -> a.kind() == kind).count();
        }

        /** Pupil-lessons lost: pupils of each lesson that is cancelled. */
        public int pupilsLosingALesson() {
            return actions.stream().filter(a -> a.kind() == Kind.CANCEL).mapToInt(Action::pupils).sum();
        }

        /** Pupil-lessons lost if every lesson were simply cancelled. */
        public int pupilsLosingALessonIfAllCancelled() {
            return actions.stream().mapToInt(Action::pupils).sum();
        }

        /** Pupils whose week changes because a lesson of theirs moves. */
        public int pupilsWithAMovedLesson() {
            return actions.stream().filter(a -> a.kind() == Kind.MOVE).mapToInt(Action::pupils).sum();
        }
    }

    private final Occurrences occurrences;
    private final SchoolStructure school;
    private final DayStructures structures;
    private final SchoolHolidays holidays;
    private final LessonChanges changes;
    private final JdbcClient jdbc;

    AbsencePlanner(Occurrences occurrences, SchoolStructure school, DayStructures structures, SchoolHolidays holidays,
                   LessonChanges changes, JdbcClient jdbc) {
        this.occurrences = occurrences;
        this.school = school;
        this.structures = structures;
        this.holidays = holidays;
        this.changes = changes;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Plan propose(UUID teacher, LocalDate from, LocalDate to) {
        return propose(teacher, from, to, true);
    }

    /** With {@code replacements} false, only moves and cancellations are considered (no colleague available). */
    @Transactional(readOnly = true)
    public Plan propose(UUID teacher, LocalDate from, LocalDate to, boolean replacements) {
        OffsetDateTime start = from.atStartOfDay(Publications.PARIS).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(Publications.PARIS).toOffsetDateTime();
        List<Occurrence> affected = occurrences.activeOfTeacherBetween(teacher, start, end);
        LocalDate weekFrom = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate weekTo = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Calendar calendar = new Calendar(occurrences.between(weekFrom, weekTo));
        Map<UUID, Set<UUID>> pupilsOf = new HashMap<>();
        Set<UUID> absentTeachers = absentTeachers(from, to);
        absentTeachers.add(teacher);
        Map<UUID, Set<UUID>> teachersOfSubject = new HashMap<>();
        school.teachingAssignments().forEach(a -> teachersOfSubject
                .computeIfAbsent(a.subjectId().value(), k -> new java.util.TreeSet<>()).add(a.teacherId().value()));
        DayStructure structure = structures.current();
        List<Action> actions = new ArrayList<>();
        for (Occurrence lesson : affected) {
            Set<UUID> pupils = pupils(lesson, pupilsOf);
            calendar.remove(lesson);
            Action action = replacements
                    ? replacement(lesson, teachersOfSubject, absentTeachers, calendar, pupils.size()) : null;
            if (action == null) {
                action = move(lesson, structure, calendar, pupils, pupilsOf, from, to, weekFrom);
            }
            if (action == null) {
                action = new Action(lesson, Kind.CANCEL, null, null, null, pupils.size());
            }
            calendar.add(action, lesson);
            actions.add(action);
        }
        return new Plan(teacher, from, to, actions);
    }

    /** Applies an accepted plan: the absence is recorded, then each lesson is replaced, moved or cancelled. */
    @Transactional
    public Plan accept(UUID teacher, LocalDate from, LocalDate to, String reason, String by) {
        Plan plan = propose(teacher, from, to);
        jdbc.sql("""
                        insert into teacher_absences (school_id, id, teacher_id, starts_on, ends_on, reason, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .param(org.preau.platform.TenantContext.require().value()).param(org.preau.platform.Ids.newId())
                .param(teacher).param(from).param(to).param(reason).param(by).update();
        String why = reason.isBlank() ? "Absence de l'enseignant" : reason;
        for (Action a : plan.actions()) {
            switch (a.kind()) {
                case REPLACE -> changes.replace(a.lesson().id(), Objects.requireNonNull(a.teacherId()), why, by);
                case MOVE -> changes.move(a.lesson().id(), Objects.requireNonNull(a.newStart()),
                        Objects.requireNonNull(a.newEnd()), why, by);
                case CANCEL -> changes.cancel(a.lesson().id(), why, by);
            }
        }
        return plan;
    }

    private @Nullable Action replacement(Occurrence lesson, Map<UUID, Set<UUID>> teachersOfSubject, Set<UUID> absent,
                                         Calendar calendar, int pupils) {
        return teachersOfSubject.getOrDefault(lesson.subjectId(), Set.of()).stream()
                .filter(t -> !absent.contains(t))
                .filter(t -> calendar.teacherFree(t, lesson.startsAt(), lesson.endsAt()))
                .min(Comparator.comparingInt((UUID t) -> calendar.load(t, lesson.date())).thenComparing(UUID::toString))
                .map(t -> new Action(lesson, Kind.REPLACE, t, null, null, pupils))
                .orElse(null);
    }

    private @Nullable Action move(Occurrence lesson, DayStructure structure, Calendar calendar, Set<UUID> pupils,
                                  Map<UUID, Set<UUID>> pupilsOf, LocalDate from, LocalDate to, LocalDate monday) {
        for (DayOfWeek day : structure.days()) {
            LocalDate date = monday.with(TemporalAdjusters.nextOrSame(day));
            if (!date.isBefore(from) && !date.isAfter(to)) {
                continue;
            }
            if (date.isBefore(LocalDate.now(Publications.PARIS)) || holidays.holidayOn(structure.holidayZone(), date).isPresent()) {
                continue;
            }
            for (DayStructure.PeriodDef period : structure.periods()) {
                if (structure.isClosed(day, period.position())) {
                    continue;
                }
                OffsetDateTime s = date.atTime(period.start()).atZone(Publications.PARIS).toOffsetDateTime();
                OffsetDateTime e = date.atTime(period.end()).atZone(Publications.PARIS).toOffsetDateTime();
                if (calendar.teacherFree(lesson.teacherId(), s, e) && calendar.roomFree(lesson.roomId(), s, e)
                        && calendar.pupilsFree(pupils, s, e, o -> pupils(o, pupilsOf))) {
                    return new Action(lesson, Kind.MOVE, null, s, e, pupils.size());
                }
            }
        }
        return null;
    }

    private Set<UUID> pupils(Occurrence o, Map<UUID, Set<UUID>> cache) {
        if (o.divisionId() != null) {
            return cache.computeIfAbsent(o.divisionId(), d -> ids(school.pupilsOfDivision(new DivisionId(d))));
        }
        if (o.groupId() != null) {
            return cache.computeIfAbsent(o.groupId(), g -> ids(school.pupilsOfGroup(new GroupId(g))));
        }
        return Set.of();
    }

    private static Set<UUID> ids(List<PupilSummary> pupils) {
        Set<UUID> ids = new HashSet<>();
        pupils.forEach(p -> ids.add(p.id().value()));
        return ids;
    }

    private Set<UUID> absentTeachers(LocalDate from, LocalDate to) {
        return new HashSet<>(jdbc.sql("""
                        select distinct teacher_id from teacher_absences
                        where school_id = ? and starts_on <= ? and ends_on >= ?""")
                .param(org.preau.platform.TenantContext.require().value()).param(to).param(from)
                .query(UUID.class).list());
    }

    /** The week's lessons as they would be after the decisions taken so far. */
    private static final class Calendar {
        private final List<Occurrence> lessons;
        private final List<Occurrence> moved = new ArrayList<>();
        private final Map<UUID, UUID> replacedBy = new HashMap<>();

        Calendar(List<Occurrence> week) {
            lessons = new ArrayList<>(week.stream().filter(o -> !o.isCancelled()).toList());
        }

        void remove(Occurrence lesson) {
            lessons.removeIf(o -> o.id().equals(lesson.id()));
        }

        void add(Action action, Occurrence lesson) {
            switch (action.kind()) {
                case REPLACE -> {
                    replacedBy.put(lesson.id(), action.teacherId());
                    lessons.add(lesson);
                }
                case MOVE -> {
                    Occurrence at = new Occurrence(lesson.id(), lesson.lessonKey(), action.newStart().toLocalDate(),
                            action.newStart(), action.newEnd(), lesson.week(), lesson.subjectId(), lesson.teacherId(),
                            lesson.replacementTeacherId(), lesson.divisionId(), lesson.groupId(), lesson.roomId(), "MOVED",
                            lesson.sequence(), lesson.startsAt(), lesson.updatedAt());
                    lessons.add(at);
                    moved.add(at);
                }
                case CANCEL -> {
                }
            }
        }

        private UUID teacherOf(Occurrence o) {
            return replacedBy.getOrDefault(o.id(), o.actualTeacherId());
        }

        private static boolean overlaps(Occurrence o, OffsetDateTime s, OffsetDateTime e) {
            return o.startsAt().isBefore(e) && o.endsAt().isAfter(s);
        }

        boolean teacherFree(UUID teacher, OffsetDateTime s, OffsetDateTime e) {
            return lessons.stream().noneMatch(o -> teacher.equals(teacherOf(o)) && overlaps(o, s, e));
        }

        boolean roomFree(@Nullable UUID room, OffsetDateTime s, OffsetDateTime e) {
            return room == null || lessons.stream().noneMatch(o -> room.equals(o.roomId()) && overlaps(o, s, e));
        }

        boolean pupilsFree(Set<UUID> pupils, OffsetDateTime s, OffsetDateTime e,
                           java.util.function.Function<Occurrence, Set<UUID>> pupilsOf) {
            return lessons.stream().filter(o -> overlaps(o, s, e))
                    .noneMatch(o -> pupilsOf.apply(o).stream().anyMatch(pupils::contains));
        }

        int load(UUID teacher, LocalDate day) {
            return (int) lessons.stream().filter(o -> teacher.equals(teacherOf(o)) && o.date().equals(day)).count();
        }
    }
}
