package org.preau.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.preau.homework.HomeworkItem;
import org.preau.homework.PupilHomework;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.preau.school.StaffId;
import org.preau.timetable.DatedLesson;
import org.preau.timetable.LessonCalendar;
import org.springframework.stereotype.Component;

/**
 * The school day that matters now on the home pages: today while lessons remain, otherwise the next day with
 * lessons. A pupil (and each child of a parent) sees that day's lessons with their changes and the homework due
 * in the week ahead; a teacher sees their lessons with the way to the roll call and the cahier de textes.
 * Not one transaction: reading a child's homework writes to the audit log.
 */
@Component
class DaySections {

    static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Paris");
    /** How far to look for the next day with lessons (covers the longest holidays but the summer). */
    private static final int LOOK_AHEAD_DAYS = 16;
    private static final int HOMEWORK_DAYS = 7;
    private static final int HOMEWORK_SHOWN = 6;

    /** A day of lessons; {@code date} is null when none comes in the weeks ahead. */
    record SchoolDay(LocalDate date, boolean today, boolean tomorrow, List<DatedLesson> lessons) {
    }

    /** A pupil's next school day and what is due soon (not done first). */
    record PupilDay(PupilSummary pupil, Optional<SchoolDay> day, List<HomeworkItem> due, int moreDue) {
    }

    private final LessonCalendar calendar;
    private final PupilAccess pupils;
    private final PupilHomework homework;

    DaySections(LessonCalendar calendar, PupilAccess pupils, PupilHomework homework) {
        this.calendar = calendar;
        this.pupils = pupils;
        this.homework = homework;
    }

    Optional<PupilDay> ownDay(Member member, OffsetDateTime now) {
        if (!member.has(Role.ELEVE) || member.pupilId() == null) {
            return Optional.empty();
        }
        return pupils.find(new PupilId(member.pupilId())).map(self -> pupilDay(member, self, now));
    }

    List<PupilDay> childrenDays(Member member, OffsetDateTime now) {
        if (!member.has(Role.PARENT)) {
            return List.of();
        }
        return pupils.childrenOf(member).stream().map(child -> pupilDay(member, child, now)).toList();
    }

    Optional<SchoolDay> teacherDay(Member member, OffsetDateTime now) {
        if (!member.has(Role.PROFESSEUR) || member.staffId() == null) {
            return Optional.empty();
        }
        LocalDate today = now.atZoneSameInstant(SCHOOL_ZONE).toLocalDate();
        return nextDay(calendar.taughtBy(new StaffId(member.staffId()), today, today.plusDays(LOOK_AHEAD_DAYS)),
                now);
    }

    private PupilDay pupilDay(Member member, PupilSummary pupil, OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(SCHOOL_ZONE).toLocalDate();
        Optional<SchoolDay> day = nextDay(calendar.ofPupil(pupil.id(), today, today.plusDays(LOOK_AHEAD_DAYS)), now);
        LocalDate from = day.map(SchoolDay::date).orElse(today);
        List<HomeworkItem> due = homework.homeworkOf(member, pupil.id(), from, from.plusDays(HOMEWORK_DAYS)).stream()
                .sorted(Comparator.comparing(HomeworkItem::done).thenComparing(HomeworkItem::dueOn))
                .toList();
        return new PupilDay(pupil, day, due.stream().limit(HOMEWORK_SHOWN).toList(),
                Math.max(0, due.size() - HOMEWORK_SHOWN));
    }

    /** The first day whose last lesson has not ended yet. */
    private static Optional<SchoolDay> nextDay(List<DatedLesson> lessons, OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(SCHOOL_ZONE).toLocalDate();
        return lessons.stream().filter(l -> !l.cancelled() && l.endsAt().isAfter(now)).map(DatedLesson::date)
                .min(Comparator.naturalOrder())
                .map(date -> new SchoolDay(date, date.equals(today), date.equals(today.plusDays(1)),
                        lessons.stream().filter(l -> l.date().equals(date)).toList()));
    }
}
