package org.preau.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.homework.internal.Attachments;
import org.preau.homework.internal.FileKeeper;
import org.preau.homework.internal.FileRules;
import org.preau.homework.internal.HomeworkAccess;
import org.preau.homework.internal.HomeworkStore;
import org.preau.homework.internal.LessonEntries;
import org.preau.homework.internal.LessonEntries.Entry;
import org.preau.homework.internal.SchoolClock;
import org.preau.homework.internal.TimetableLessons;
import org.preau.platform.Member;
import org.preau.school.SchoolStructure;
import org.preau.school.StaffId;
import org.preau.school.StaffView;
import org.preau.school.SubjectView;
import org.preau.school.TeachingAssignmentId;
import org.preau.school.TeachingAssignmentView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cahier de textes as teachers write it: for each lesson of a class they teach, what the lesson covered and
 * the travail à faire given, with its due date, estimated time, attachments and whether copies are handed in.
 * Writing is for the lesson's own teacher only (403 otherwise).
 */
@Service
public class CahierDeTextes {

    private final LessonEntries entries;
    private final HomeworkStore homework;
    private final Attachments attachments;
    private final FileKeeper files;
    private final FileRules rules;
    private final HomeworkAccess access;
    private final SchoolStructure structure;
    private final TransactionTemplate tx;
    private final TimetableLessons timetable;

    CahierDeTextes(LessonEntries entries, HomeworkStore homework, Attachments attachments, FileKeeper files,
                   FileRules rules, HomeworkAccess access, SchoolStructure structure, TransactionTemplate tx,
                   TimetableLessons timetable) {
        this.timetable = timetable;
        this.entries = entries;
        this.homework = homework;
        this.attachments = attachments;
        this.files = files;
        this.rules = rules;
        this.access = access;
        this.structure = structure;
        this.tx = tx;
    }

    /** The teacher's teaching assignments, to pick the class of a lesson from. */
    @Transactional(readOnly = true)
    public List<TeachingAssignmentView> assignmentsOf(Member member) {
        return structure.teachingAssignmentsOf(access.requireTeacher(member));
    }

    /** The teacher's lessons in the timetable between two dates (none before a timetable is published). */
    @Transactional(readOnly = true)
    public List<Lesson> lessonsOf(Member member, LocalDate from, LocalDate to) {
        return timetable.ofTeacher(access.requireTeacher(member), from, to);
    }

    /** A lesson of the timetable that the member teaches (403 for someone else's, 404 if there is none). */
    @Transactional(readOnly = true)
    public Lesson lessonOf(Member member, UUID occurrenceId) {
        StaffId teacher = access.requireTeacher(member);
        Lesson lesson = timetable.find(occurrenceId).orElseThrow(() -> new HomeworkNotFoundException("lesson"));
        if (!lesson.teacherId().equals(teacher)) {
            throw new HomeworkDeniedException("Not your lesson");
        }
        return lesson;
    }

    /** The lesson of one of the teacher's own teaching assignments on a date (403 for someone else's). */
    @Transactional(readOnly = true)
    public Lesson lessonOf(Member member, TeachingAssignmentId assignmentId, LocalDate date,
                           @Nullable LocalTime startsAt) {
        StaffId teacher = access.requireTeacher(member);
        TeachingAssignmentView assignment = structure.teachingAssignmentsOf(teacher).stream()
                .filter(a -> a.id().equals(assignmentId)).findFirst()
                .orElseThrow(() -> new HomeworkDeniedException("Not one of your teaching assignments"));
        String subjectName = structure.subjects().stream().filter(s -> s.id().equals(assignment.subjectId()))
                .map(SubjectView::name).findFirst().orElse(assignment.subjectCode());
        return new Lesson(null, assignment.id().value(), date, startsAt, assignment.subjectId(), subjectName,
                ClassTarget.of(assignment.divisionId(), assignment.groupId()), assignment.targetName(), teacher,
                teacherName(teacher));
    }

    /**
     * Records what a lesson covered. A timetable occurrence has one entry: recording it again updates it.
     * Only the lesson's teacher, teaching its class, may.
     */
    @Transactional
    public LessonEntryId record(Member member, Lesson lesson, String content) {
        StaffId teacher = access.requireTeaches(member, lesson.target());
        if (!lesson.teacherId().equals(teacher)) {
            throw new HomeworkDeniedException("Not your lesson");
        }
        if (lesson.occurrenceId() != null) {
            var existing = entries.findByOccurrence(lesson.occurrenceId(), lesson.date());
            if (existing.isPresent()) {
                if (!content.isBlank()) {
                    entries.updateContent(existing.get().id(), content.strip());
                }
                return existing.get().id();
            }
        }
        return entries.insert(lesson, content.strip());
    }

    @Transactional
    public void updateContent(Member member, LessonEntryId id, String content) {
        ownEntry(member, id);
        entries.updateContent(id, content.strip());
    }

    /** Gives travail à faire in a lesson; due on or after the lesson's day. */
    @Transactional
    public HomeworkId giveHomework(Member member, LessonEntryId id, HomeworkDraft draft) {
        Entry entry = ownEntry(member, id);
        if (draft.description().isBlank()) {
            throw new IllegalArgumentException("A homework needs a description");
        }
        if (draft.dueOn().isBefore(entry.lesson().date())) {
            throw new IllegalArgumentException("A homework is due on or after the lesson it is given in");
        }
        if (draft.estimatedMinutes() < 0 || draft.estimatedMinutes() > 600) {
            throw new IllegalArgumentException("Estimated minutes must be between 0 and 600");
        }
        Instant deadline = draft.handInRequired() ? SchoolClock.at(draft.dueOn(),
                draft.handInTime() == null ? SchoolClock.DEFAULT_HAND_IN_TIME : draft.handInTime()) : null;
        HomeworkDraft clean = new HomeworkDraft(draft.dueOn(), draft.description().strip(), draft.estimatedMinutes(),
                draft.handInRequired(), draft.handInTime());
        return homework.insert(id, entry.lesson().date(), clean, deadline);
    }

    /** Joins a file to a homework of the teacher's; stored durably before it is listed. */
    public FileView attach(Member member, HomeworkId id, UploadedFile file) {
        HomeworkStore.Row row = tx.execute(status -> ownHomework(member, id));
        String contentType = rules.check(file);
        String name = FileRules.cleanName(file.fileName());
        return files.storeThenRecord(file, stored -> tx.execute(status -> {
            rules.checkStoredSize(stored.size());
            AttachmentId attachment = attachments.insert(row.id(), stored, name, contentType, member.accountId());
            return new FileView(attachment.value(), name, contentType, stored.size());
        }));
    }

    /** An entry with its homework, for its teacher, the class's other teachers and the school's staff. */
    @Transactional(readOnly = true)
    public LessonEntryView entry(Member member, LessonEntryId id) {
        Entry entry = entries.find(id).orElseThrow(() -> new HomeworkNotFoundException("lesson entry"));
        if (!entry.teacherId().value().equals(member.staffId()) && !access.canReadClass(member, entry.lesson().target())) {
            throw new HomeworkDeniedException("Not a class of yours");
        }
        return views(List.of(entry)).getFirst();
    }

    /** The teacher's own entries between two dates (inclusive). */
    @Transactional(readOnly = true)
    public List<LessonEntryView> entriesOf(Member member, LocalDate from, LocalDate to) {
        return views(entries.ofTeacher(access.requireTeacher(member), from, to));
    }

    /** A class's cahier de textes between two dates, for its teachers and the school's staff. */
    @Transactional(readOnly = true)
    public List<LessonEntryView> entriesOfClass(Member member, ClassTarget target, LocalDate from, LocalDate to) {
        if (!access.canReadClass(member, target)) {
            throw new HomeworkDeniedException("Not a class of yours");
        }
        return views(entries.ofTarget(target, from, to));
    }

    /** A file joined to a homework, for whoever may read that homework. */
    @Transactional(readOnly = true)
    public FileDownload attachment(Member member, AttachmentId id) {
        Attachments.Found found = attachments.find(id).orElseThrow(() -> new HomeworkNotFoundException("file"));
        HomeworkStore.Row row = homework.find(found.homework()).orElseThrow();
        boolean own = row.teacherId().value().equals(member.staffId());
        if (!own && !access.canReadClass(member, row.target()) && !access.isForPupilOrParentOf(member, row.target())) {
            throw new HomeworkNotFoundException("file");
        }
        return found.file().download(files);
    }

    private List<LessonEntryView> views(List<Entry> list) {
        List<HomeworkStore.Row> rows = homework.ofEntries(list.stream().map(Entry::id).toList());
        List<HomeworkId> ids = rows.stream().map(HomeworkStore.Row::id).toList();
        Map<HomeworkId, List<FileView>> files = attachments.of(ids);
        Map<HomeworkId, Integer> handedIn = homework.pupilsHandedIn(ids);
        return list.stream().map(e -> {
            Lesson l = e.lesson();
            List<HomeworkView> given = rows.stream().filter(r -> r.entryId().equals(e.id()))
                    .map(r -> new HomeworkView(r.id(), r.entryId(), r.givenOn(), r.dueOn(), r.description(),
                            r.estimatedMinutes(), r.handInRequired(), r.handInDeadline(),
                            files.getOrDefault(r.id(), List.of()), handedIn.getOrDefault(r.id(), 0)))
                    .toList();
            return new LessonEntryView(e.id(), l.occurrenceId(), l.date(), l.startsAt(), l.subjectName(), l.target(),
                    l.targetName(), l.teacherId(), l.teacherName(), e.content(), given);
        }).toList();
    }

    private Entry ownEntry(Member member, LessonEntryId id) {
        StaffId teacher = access.requireTeacher(member);
        Entry entry = entries.find(id).orElseThrow(() -> new HomeworkNotFoundException("lesson entry"));
        if (!entry.teacherId().equals(teacher) || !access.teaches(teacher, entry.lesson().target())) {
            throw new HomeworkDeniedException("Not your lesson");
        }
        return entry;
    }

    private HomeworkStore.Row ownHomework(Member member, HomeworkId id) {
        HomeworkStore.Row row = homework.find(id).orElseThrow(() -> new HomeworkNotFoundException("homework"));
        ownEntry(member, row.entryId());
        return row;
    }

    private String teacherName(StaffId teacher) {
        return structure.teachers().stream().filter(s -> s.id().equals(teacher)).map(StaffView::displayName)
                .findFirst().orElse("");
    }
}
