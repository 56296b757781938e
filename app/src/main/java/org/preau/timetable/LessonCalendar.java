package org.preau.timetable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.preau.school.DivisionId;
import org.preau.school.GroupId;
import org.preau.school.PupilId;
import org.preau.school.RoomId;
import org.preau.school.StaffId;
import org.preau.school.SubjectId;
import org.preau.timetable.internal.Labels;
import org.preau.timetable.internal.Occurrence;
import org.preau.timetable.internal.Occurrences;
import org.preau.timetable.internal.PupilLessons;
import org.preau.timetable.internal.Publications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published timetable's dated lessons for the other modules of the current school. It does not check who
 * asks: callers apply their own rules (a roll call is the lesson's teacher's, a pupil's day is seen by those
 * {@link org.preau.school.PupilAccess} allows).
 */
@Service
@Transactional(readOnly = true)
public class LessonCalendar {

    private final Occurrences occurrences;
    private final PupilLessons pupilLessons;
    private final Labels labels;

    LessonCalendar(Occurrences occurrences, PupilLessons pupilLessons, Labels labels) {
        this.occurrences = occurrences;
        this.pupilLessons = pupilLessons;
        this.labels = labels;
    }

    /** Whether the school has published a timetable (otherwise there are no dated lessons at all). */
    public boolean published() {
        return occurrences.any();
    }

    /** The lessons a teacher actually gives between two dates inclusive, in order: replacements included,
     *  lessons they were replaced on and cancelled lessons left out. */
    public List<DatedLesson> taughtBy(StaffId teacher, LocalDate from, LocalDate to) {
        Labels.Directory names = labels.directory();
        return occurrences.ofTeacher(teacher.value(), from, to).stream()
                .filter(o -> !o.isCancelled() && o.actualTeacherId().equals(teacher.value()))
                .map(o -> dated(o, names)).toList();
    }

    /** A pupil's lessons between two dates inclusive, in order, cancelled ones included (and marked). */
    public List<DatedLesson> ofPupil(PupilId pupil, LocalDate from, LocalDate to) {
        Labels.Directory names = labels.directory();
        return pupilLessons.of(pupil, from, to).stream().map(o -> dated(o, names)).toList();
    }

    /** Every lesson of the school between two dates inclusive, in order, cancelled ones included (and marked). */
    public List<DatedLesson> between(LocalDate from, LocalDate to) {
        Labels.Directory names = labels.directory();
        return occurrences.between(from, to).stream().map(o -> dated(o, names)).toList();
    }

    public Optional<DatedLesson> find(UUID lessonId) {
        return occurrences.find(lessonId).map(o -> dated(o, labels.directory()));
    }

    private static DatedLesson dated(Occurrence o, Labels.Directory names) {
        return new DatedLesson(o.id(), o.date(), o.startsAt().atZoneSameInstant(Publications.PARIS).toOffsetDateTime(),
                o.endsAt().atZoneSameInstant(Publications.PARIS).toOffsetDateTime(), new SubjectId(o.subjectId()),
                names.subject(o.subjectId()), new StaffId(o.actualTeacherId()), names.person(o.actualTeacherId()),
                o.divisionId() == null ? null : new DivisionId(o.divisionId()),
                o.divisionId() != null || o.groupId() == null ? null : new GroupId(o.groupId()), names.students(o.divisionId(), o.groupId()),
                o.roomId() == null ? null : new RoomId(o.roomId()), names.room(o.roomId()),
                LessonStatus.valueOf(o.status()));
    }
}
