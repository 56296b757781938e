package org.preau.timetable.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.preau.platform.Member;
import org.preau.school.PupilId;
import org.springframework.stereotype.Service;

/** Lessons of a pupil, teacher, division or room, for feeds, exports and "my week" pages. */
@Service
public class ScopedLessons {

    private final PupilLessons pupils;
    private final Occurrences occurrences;
    private final TimetableAccess access;

    ScopedLessons(PupilLessons pupils, Occurrences occurrences, TimetableAccess access) {
        this.pupils = pupils;
        this.occurrences = occurrences;
        this.access = access;
    }

    public List<Occurrence> lessons(CalendarFeeds.Scope scope, UUID id, LocalDate from, LocalDate to) {
        return switch (scope) {
            case PUPIL -> pupils.of(new PupilId(id), from, to);
            case TEACHER -> occurrences.ofTeacher(id, from, to);
            case DIVISION -> occurrences.ofStudents(id, pupils.groupsOfDivision(id), from, to);
            case ROOM -> occurrences.ofRoom(id, from, to);
        };
    }

    public boolean canSee(Member m, CalendarFeeds.Scope scope, UUID id) {
        return switch (scope) {
            case PUPIL -> access.canSeePupil(m, id);
            case TEACHER -> access.canSeeTeacher(m, id);
            case DIVISION -> access.canSeeDivision(m, id);
            case ROOM -> access.canSeeRoom(m);
        };
    }

    /** What the calendar or page is called: the pupil's, teacher's, division's or room's name. */
    public Optional<String> title(CalendarFeeds.Scope scope, UUID id, Labels.Directory directory,
                                  java.util.function.Function<UUID, Optional<String>> pupilName) {
        return switch (scope) {
            case PUPIL -> pupilName.apply(id);
            case TEACHER -> Optional.ofNullable(directory.staff().get(id));
            case DIVISION -> Optional.ofNullable(directory.divisions().get(id));
            case ROOM -> Optional.ofNullable(directory.rooms().get(id));
        };
    }
}
