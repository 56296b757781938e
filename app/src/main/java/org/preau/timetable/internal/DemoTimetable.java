package org.preau.timetable.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.preau.demo.DemoAccounts;
import org.preau.demo.DemoSchoolData;
import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.preau.school.DivisionView;
import org.preau.school.SchoolStructure;
import org.preau.school.TeachingAssignmentView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the demo collège a timetable on first start, once the demo school is seeded (application ready): a base
 * timetable solved with a fixed seed and a short time limit, published over the school year, and a few realistic
 * changes around today (a teacher's absence, a replacement, a room change, a moved lesson). When the solver cannot
 * place every lesson in the time given, what it placed is published and the pages say so.
 */
@Component
@ConditionalOnBooleanProperty("preau.demo.enabled")
class DemoTimetable {

    static final long SEED = 20261129L;
    static final String BY = "Démonstration";
    private static final Logger log = LoggerFactory.getLogger(DemoTimetable.class);

    private final DemoSchoolData demoSchool;
    private final SolveRunner runner;
    private final BaseTimetables timetables;
    private final Publications publications;
    private final LessonChanges changes;
    private final Occurrences occurrences;
    private final SchoolStructure school;
    private final DayStructures structures;
    private final int seconds;

    DemoTimetable(DemoSchoolData demoSchool, SolveRunner runner, BaseTimetables timetables, Publications publications,
                  LessonChanges changes, Occurrences occurrences, SchoolStructure school, DayStructures structures, @Value("${preau.timetable.demo-solve-seconds:25}") int seconds) {
        this.demoSchool = demoSchool;
        this.runner = runner;
        this.timetables = timetables;
        this.publications = publications;
        this.changes = changes;
        this.occurrences = occurrences;
        this.school = school;
        this.structures = structures;
        this.seconds = seconds;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        Optional<SchoolId> demo = demoSchool.school();
        if (demo.isEmpty()) {
            return;
        }
        SchoolId id = demo.get();
        TenantContext.runAs(id, () -> {
            if (timetables.latest().isPresent()) {
                return;
            }
            long started = System.nanoTime();
            var result = runner.solveAndKeep(id, null, seconds, SEED);
            var year = school.currentYear().orElseThrow();
            UUID timetable = Objects.requireNonNull(result.timetableId());
            publications.publish(timetable, year.startsOn(), year.endsOn(), 'A', BY);
            addChanges();
            log.info("Demo timetable: {}/{} lessons placed, {} hard violations, published in {} ms",
                    result.outcome().placed(), result.outcome().lessons(), result.outcome().hardViolations(),
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** A week of school life around today: an absence with cancellations, a replacement, a room change, a move. */
    private void addChanges() {
        DayStructure structure = structures.current();
        // This week, or the next one from Saturday on.
        LocalDate monday = LocalDate.now(Publications.PARIS).plusDays(2)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int i = 0; i < 6 && occurrences.between(monday, monday.plusDays(6)).isEmpty(); i++) {
            monday = monday.plusWeeks(1);
        }
        LocalDate weekStart = monday;
        DivisionView division = school.divisions().stream().filter(d -> d.name().equals(DemoAccounts.ELEVE_DIVISION))
                .findFirst().orElse(null);
        if (division == null) {
            return;
        }
        List<TeachingAssignmentView> taught = school.teachingAssignments().stream()
                .filter(a -> division.id().equals(a.divisionId())).toList();
        List<Occurrence> week = occurrences.ofStudents(division.id().value(), List.of(), monday, monday.plusDays(6));
        // The English teacher is away on Tuesday and Thursday: lessons cancelled, one of them taken by a colleague.
        taught.stream().filter(a -> a.subjectCode().equals("ANGLAIS")).findFirst().ifPresent(english -> {
            UUID teacher = english.teacherId().value();
            LocalDate tuesday = weekDay(weekStart, DayOfWeek.TUESDAY);
            List<Occurrence> cancelled = changes.recordAbsence(teacher, tuesday, tuesday.plusDays(2),
                    "Formation académique", BY);
            colleague(english, teacher).ifPresent(colleague -> cancelled.stream()
                    .filter(o -> division.id().value().equals(o.divisionId())).findFirst()
                    .ifPresent(o -> changes.replace(o.id(), colleague, "Remplacement par un collègue d'anglais", BY)));
        });
        // Maths moves to another room on Monday; a history lesson moves to Friday's last period.
        week.stream().filter(o -> subjectCode(taught, o).equals("MATHS") && !o.isChanged())
                .min(Comparator.comparing(Occurrence::startsAt))
                .ifPresent(o -> school.rooms().stream().filter(r -> r.kind().equals("CLASSROOM")
                                && !r.id().value().equals(o.roomId())).reduce((a, b) -> b)
                        .ifPresent(r -> changes.changeRoom(o.id(), r.id().value(), "Salle habituelle en travaux", BY)));
        week.stream().filter(o -> subjectCode(taught, o).equals("HG") && !o.isChanged())
                .max(Comparator.comparing(Occurrence::startsAt))
                .ifPresent(o -> {
                    var last = structure.periods().getLast();
                    LocalDate date = o.date();
                    changes.move(o.id(), date.atTime(last.start()).atZone(Publications.PARIS).toOffsetDateTime(),
                            date.atTime(last.end()).atZone(Publications.PARIS).toOffsetDateTime(),
                            "Sortie pédagogique le matin", BY);
                });
    }

    private Optional<UUID> colleague(TeachingAssignmentView english, UUID absent) {
        return school.teachingAssignments().stream()
                .filter(a -> a.subjectCode().equals(english.subjectCode()) && !a.teacherId().value().equals(absent))
                .map(a -> a.teacherId().value()).findFirst();
    }

    private static String subjectCode(List<TeachingAssignmentView> taught, Occurrence o) {
        return taught.stream().filter(a -> a.subjectId().value().equals(o.subjectId())).findFirst()
                .map(TeachingAssignmentView::subjectCode).orElse("");
    }

    private LocalDate weekDay(LocalDate monday, DayOfWeek day) {
        return monday.with(TemporalAdjusters.nextOrSame(day));
    }
}
