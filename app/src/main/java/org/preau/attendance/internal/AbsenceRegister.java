package org.preau.attendance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.attendance.AbsenceRecorded;
import org.preau.platform.Ids;
import org.preau.platform.Member;
import org.preau.platform.TenantContext;
import org.preau.school.PupilId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records absences and retards, their motifs and justifications; tells families (an {@link AbsenceRecorded}
 * event) and watches the absenteeism threshold after every change.
 */
@Service
public class AbsenceRegister {

    private final AbsenceBook book;
    private final Motifs motifs;
    private final AbsenteeismWatch watch;
    private final AttendanceAccess access;
    private final ApplicationEventPublisher events;

    AbsenceRegister(AbsenceBook book, Motifs motifs, AbsenteeismWatch watch, AttendanceAccess access,
                    ApplicationEventPublisher events) {
        this.book = book;
        this.motifs = motifs;
        this.watch = watch;
        this.access = access;
        this.events = events;
    }

    /**
     * Applies a roll-call mark: present removes the lesson's absence, absent or late creates or changes it.
     * Applying the same mark again changes nothing (a retried request never duplicates).
     */
    @Transactional
    public void applyMark(RollCall lesson, PupilId pupil, MarkStatus status, @Nullable Integer lateMinutes,
                          UUID markedBy) {
        Optional<Absence> existing = book.ofLesson(lesson.lessonId(), pupil);
        if (status == MarkStatus.PRESENT) {
            existing.ifPresent(absence -> {
                book.delete(absence.id());
                watch.check(pupil, LocalDate.ofInstant(lesson.start(), HalfDays.ZONE));
            });
            return;
        }
        Absence.Kind kind = status == MarkStatus.RETARD ? Absence.Kind.RETARD : Absence.Kind.ABSENCE;
        Integer minutes = kind == Absence.Kind.RETARD ? lateMinutes : null;
        Instant end = kind == Absence.Kind.RETARD ? lesson.start().plusSeconds(60L * minutes) : lesson.end();
        if (existing.isPresent()) {
            Absence absence = existing.get();
            if (absence.kind() == kind && java.util.Objects.equals(absence.lateMinutes(), minutes)) {
                return;
            }
            book.changeKind(absence.id(), kind, end, minutes);
            recorded(absence.id(), pupil, lesson.start(), end, kind, minutes);
            return;
        }
        Optional<Absence> coveredBy = kind == Absence.Kind.ABSENCE
                ? book.justifiedRangeCovering(pupil, lesson.start(), lesson.end()) : Optional.empty();
        Absence absence = new Absence(Ids.newId(), pupil, kind, lesson.start(), end, minutes, lesson.lessonId(),
                coveredBy.map(Absence::motifId).orElse(null), null, coveredBy.isPresent(), null, Instant.now(), 0);
        book.insert(absence, markedBy);
        recorded(absence.id(), pupil, absence.start(), end, kind, minutes);
    }

    /** Vie scolaire enters an absence over a range (a pupil ill for three days), with a motif if known. */
    @Transactional
    public Absence recordRange(Member member, PupilId pupil, Instant start, Instant end, @Nullable UUID motifId,
                               @Nullable String comment) {
        access.requireVieScolaire(member);
        access.requireCanSee(member, pupil);
        if (!end.isAfter(start)) {
            throw new AttendanceRejected(HttpStatus.BAD_REQUEST, "absence.error.range", "The end must follow the start");
        }
        Motif motif = motifId == null ? null : requireMotif(motifId);
        Absence absence = new Absence(Ids.newId(), pupil, Absence.Kind.ABSENCE, start, end, null, null,
                motifId, null, motif != null && motif.justifies(), blankToNull(comment), Instant.now(), 0);
        book.insert(absence, member.accountId());
        recorded(absence.id(), pupil, start, end, Absence.Kind.ABSENCE, null);
        return absence;
    }

    /** Vie scolaire records (or corrects) the motif of an absence; the motif decides whether it is justified. */
    @Transactional
    public void setMotif(Member member, UUID absenceId, UUID motifId) {
        access.requireVieScolaire(member);
        Absence absence = book.find(absenceId).orElseThrow(() -> new AttendanceNotFound("No such absence"));
        Motif motif = requireMotif(motifId);
        book.setMotif(absenceId, motif.id(), motif.justifies(), member.accountId(), Instant.now());
        watch.check(absence.pupil(), LocalDate.ofInstant(absence.start(), HalfDays.ZONE));
    }

    /**
     * A parent justifies their child's absence with a motif (one that justifies). Refused if already justified.
     * The caller stores any document in the same transaction.
     */
    @Transactional
    public Absence justifyByFamily(Member parent, PupilId pupil, UUID absenceId, UUID motifId) {
        access.requireParentOf(parent, pupil);
        Absence absence = book.find(absenceId).filter(a -> a.pupil().equals(pupil))
                .orElseThrow(() -> new AttendanceNotFound("No such absence for this pupil"));
        if (absence.justified()) {
            throw new AttendanceRejected(HttpStatus.CONFLICT, "justify.error.already", "Already justified");
        }
        Motif motif = motifs.find(motifId).filter(m -> m.active() && m.justifies())
                .orElseThrow(() -> new AttendanceRejected(HttpStatus.BAD_REQUEST, "justify.error.motif",
                        "Choose one of the motifs offered to families"));
        book.setMotif(absenceId, motif.id(), true, parent.accountId(), Instant.now());
        return absence;
    }

    private Motif requireMotif(UUID motifId) {
        return motifs.find(motifId).filter(Motif::active)
                .orElseThrow(() -> new AttendanceRejected(HttpStatus.BAD_REQUEST, "absence.error.motif",
                        "Unknown motif"));
    }

    private void recorded(UUID absenceId, PupilId pupil, Instant start, Instant end, Absence.Kind kind,
                          @Nullable Integer lateMinutes) {
        events.publishEvent(new AbsenceRecorded(TenantContext.require(), absenceId, pupil, start, end,
                kind == Absence.Kind.RETARD, lateMinutes));
        if (kind == Absence.Kind.ABSENCE) {
            YearMonth last = YearMonth.from(LocalDate.ofInstant(end, HalfDays.ZONE));
            for (YearMonth month = YearMonth.from(LocalDate.ofInstant(start, HalfDays.ZONE));
                 !month.isAfter(last); month = month.plusMonths(1)) {
                watch.check(pupil, month.atDay(1));
            }
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
