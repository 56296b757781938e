package org.preau.homework.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.preau.demo.DemoAccounts;
import org.preau.demo.DemoSchoolData;
import org.preau.homework.ClassTarget;
import org.preau.homework.HomeworkDraft;
import org.preau.homework.HomeworkId;
import org.preau.homework.Lesson;
import org.preau.homework.LessonEntryId;
import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.preau.platform.files.FileStorage;
import org.preau.platform.files.StoredFile;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.preau.school.StaffView;
import org.preau.school.SubjectView;
import org.preau.school.TeachingAssignmentView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo collège's cahier de textes: the last two weeks of lessons of every teaching assignment, with what
 * they covered and travail à faire due over the coming weeks, some asking for hand-ins; in a few classes
 * (those of the demo parent's children among them) pupils have already handed in, and past work was marked.
 * Runs once the school is seeded ({@link ApplicationReadyEvent} comes after every application runner) and
 * only when the demo school has no cahier de textes yet. Deterministic for a given day (fixed seed).
 */
@Component
@ConditionalOnBooleanProperty("preau.demo.enabled")
class DemoHomework {

    static final long SEED = 20261129L;
    private static final Logger log = LoggerFactory.getLogger(DemoHomework.class);
    private static final List<LocalTime> STARTS = List.of(LocalTime.of(8, 0), LocalTime.of(9, 0),
            LocalTime.of(10, 10), LocalTime.of(11, 10), LocalTime.of(13, 30), LocalTime.of(14, 30),
            LocalTime.of(15, 35));
    /** Classes whose pupils have already handed in work (besides those of the demo parent's children). */
    private static final List<String> HAND_IN_DIVISIONS = List.of(DemoAccounts.ELEVE_DIVISION, "3e D", "4e A");

    private final JdbcClient jdbc;
    private final SchoolStructure structure;
    private final LessonEntries entries;
    private final HomeworkStore homework;
    private final Submissions submissions;
    private final Corrections corrections;
    private final FileStorage storage;
    private final DemoSchoolData demo;

    DemoHomework(JdbcClient jdbc, SchoolStructure structure, LessonEntries entries, HomeworkStore homework,
                 Submissions submissions, Corrections corrections, FileStorage storage, DemoSchoolData demo) {
        this.jdbc = jdbc;
        this.structure = structure;
        this.entries = entries;
        this.homework = homework;
        this.submissions = submissions;
        this.corrections = corrections;
        this.storage = storage;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        demo.addOnce(this::alreadySeeded, school -> {
            long started = System.nanoTime();
            int[] counts = seed(SchoolClock.today());
            log.info("Demo cahier de textes seeded: {} lessons, {} homework, {} hand-ins in {} ms", counts[0],
                    counts[1], counts[2], (System.nanoTime() - started) / 1_000_000);
        });
    }

    private boolean alreadySeeded(SchoolId school) {
        return jdbc.sql("select exists (select 1 from homework_lesson_entries where school_id = ?)")
                .param(school.value()).query(Boolean.class).single();
    }

    int[] seed(LocalDate today) {
        Random random = new Random(SEED);
        Map<UUID, String> subjects = structure.subjects().stream()
                .collect(Collectors.toMap(s -> s.id().value(), SubjectView::name));
        Map<UUID, String> teachers = structure.teachers().stream()
                .collect(Collectors.toMap(s -> s.id().value(), StaffView::displayName));
        List<TeachingAssignmentView> assignments = structure.teachingAssignments().stream()
                .sorted(Comparator.comparing(TeachingAssignmentView::targetName)
                        .thenComparing(TeachingAssignmentView::subjectCode)
                        .thenComparing(a -> teachers.getOrDefault(a.teacherId().value(), "")))
                .toList();
        int lessons = 0;
        int given = 0;
        int handedIn = 0;
        for (TeachingAssignmentView a : assignments) {
            DemoTexts.Subject texts = DemoTexts.of(a.subjectCode());
            List<LocalDate> days = lessonDays(a, random, today);
            for (int i = 0; i < days.size(); i++) {
                LocalDate day = days.get(i);
                Lesson lesson = new Lesson(null, a.id().value(), day, STARTS.get(random.nextInt(STARTS.size())),
                        a.subjectId(), subjects.getOrDefault(a.subjectId().value(), a.subjectCode()),
                        ClassTarget.of(a.divisionId(), a.groupId()), a.targetName(), a.teacherId(),
                        teachers.getOrDefault(a.teacherId().value(), ""));
                String content = texts.contents().get((i + random.nextInt(2)) % texts.contents().size());
                LessonEntryId entry = entries.insert(lesson, content);
                lessons++;
                if (random.nextDouble() >= texts.homeworkRate()) {
                    continue;
                }
                DemoTexts.Work work = texts.work().get(random.nextInt(texts.work().size()));
                LocalDate due = dueDate(day, work, random);
                boolean handIn = work.handIn() && a.divisionId() != null;
                Instant deadline = handIn ? SchoolClock.at(due, SchoolClock.DEFAULT_HAND_IN_TIME) : null;
                HomeworkId id = homework.insert(entry, day, new HomeworkDraft(due, work.text(), work.minutes(), handIn,
                        null), deadline);
                given++;
                if (handIn && HAND_IN_DIVISIONS.contains(a.targetName())) {
                    handedIn += handIns(id, a, day, deadline, random);
                }
            }
        }
        return new int[]{lessons, given, handedIn};
    }

    /** One or two lessons a week on fixed weekdays, over the last two weeks up to today. */
    private static List<LocalDate> lessonDays(TeachingAssignmentView a, Random random, LocalDate today) {
        List<DayOfWeek> weekdays = new ArrayList<>(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        java.util.Collections.shuffle(weekdays, random);
        List<DayOfWeek> chosen = weekdays.subList(0, a.weeklyHours().doubleValue() >= 3 ? 2 : 1);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.minusDays(13); !d.isAfter(today); d = d.plusDays(1)) {
            if (chosen.contains(d.getDayOfWeek())) {
                days.add(d);
            }
        }
        return days;
    }

    /** Usually the next week's lesson; longer work two or three weeks later; never a weekend. */
    private static LocalDate dueDate(LocalDate given, DemoTexts.Work work, Random random) {
        int days = work.minutes() >= 45 ? 14 + random.nextInt(8) : 2 + random.nextInt(6);
        LocalDate due = given.plusDays(days);
        while (due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY) {
            due = due.plusDays(1);
        }
        return due;
    }

    /** Pupils' hand-ins so far: most before the deadline, a few late, some resubmitted; past work is marked. */
    private int handIns(HomeworkId id, TeachingAssignmentView a, LocalDate given, Instant deadline,
                        Random random) {
        Instant now = Instant.now();
        boolean past = deadline.isBefore(now);
        List<PupilSummary> pupils = structure.pupilsOfDivision(a.divisionId());
        int count = 0;
        for (PupilSummary pupil : pupils) {
            if (random.nextDouble() > (past ? 0.85 : 0.3)) {
                continue;
            }
            Instant earliest = SchoolClock.at(given, LocalTime.of(17, 0));
            Instant latest = past ? deadline.plusSeconds(2 * 86_400) : now.minusSeconds(600);
            if (!latest.isAfter(earliest)) {
                continue;
            }
            Instant at = earliest.plusSeconds((long) (random.nextDouble() * (latest.getEpochSecond() - earliest.getEpochSecond())));
            int versions = random.nextDouble() < 0.15 ? 2 : 1;
            for (int v = 1; v <= versions; v++) {
                Instant when = at.plusSeconds((v - 1) * 3_600L);
                String name = v == 1 ? "copie.pdf" : "copie-corrigee-par-moi.pdf";
                submissions.insertAt(id, pupil.id(), v, pdf(pupil.firstName() + " " + pupil.lastName(), v), name,
                        "application/pdf", pupil.id().value(), when, when.isAfter(deadline));
                count++;
            }
            if (past && random.nextDouble() < 0.7) {
                double mark = Math.round((8 + random.nextDouble() * 12) * 2) / 2.0;
                corrections.insert(id, pupil.id(), java.math.BigDecimal.valueOf(mark),
                        mark >= 14 ? "Très bon travail, continue ainsi." : mark >= 10 ? "Travail correct, soigne la rédaction."
                                : "Des erreurs de méthode : revois la leçon et viens me voir.", null, a.teacherId().value());
            }
        }
        return count;
    }

    private StoredFile pdf(String pupilName, int version) {
        String text = "%PDF-1.4\n% Copie de " + pupilName + " (version " + version + ")\n%%EOF\n";
        try {
            return storage.store(TenantContext.require().toString(),
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
