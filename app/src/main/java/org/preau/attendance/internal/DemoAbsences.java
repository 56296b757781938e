package org.preau.attendance.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.demo.DemoAccounts;
import org.preau.demo.DemoSchoolData;
import org.preau.platform.Ids;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.platform.SchoolId;
import org.preau.school.PupilId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Absences and retards of the demo collège over the past weeks, once the demo school is seeded (on
 * {@link ApplicationReadyEvent}, after every application runner including the school's seed). Deterministic for
 * a given day: a fixed random seed over pupils in name order. The demo parent's children have absences, one
 * justified and some to justify; one pupil is over the absenteeism threshold this month.
 */
@Component
@ConditionalOnBooleanProperty("preau.demo.enabled")
class DemoAbsences {

    static final long SEED = 20261129L;
    private static final Logger log = LoggerFactory.getLogger(DemoAbsences.class);

    private record Pupil(PupilId id, String division) {
    }

    private final JdbcClient jdbc;
    private final AbsenceBook book;
    private final Motifs motifs;
    private final AbsenteeismWatch watch;
    private final DemoSchoolData demo;
    private final LessonPicker picker;
    private final RollCalls rollCalls;

    DemoAbsences(JdbcClient jdbc, AbsenceBook book, Motifs motifs, AbsenteeismWatch watch,
                 DemoSchoolData demo, LessonPicker picker, RollCalls rollCalls) {
        this.picker = picker;
        this.rollCalls = rollCalls;
        this.jdbc = jdbc;
        this.book = book;
        this.motifs = motifs;
        this.watch = watch;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        demo.addOnce(this::alreadySeeded, school -> {
            long started = System.nanoTime();
            int count = seed(school.value(), LocalDate.now(HalfDays.ZONE));
            log.info("Demo absences seeded: {} absences, retards and roll calls in {} ms", count,
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    private boolean alreadySeeded(SchoolId school) {
        return jdbc.sql("select exists (select 1 from absences where school_id = ?)").param(school.value())
                .query(Boolean.class).single();
    }

    int seed(UUID school, LocalDate today) {
        Random random = new Random(SEED);
        List<Motif> all = motifs.all();
        List<Motif> justifying = all.stream().filter(m -> m.justifies() && m.countsOnReport()).toList();
        Motif sansMotif = all.stream().filter(m -> !m.justifies()).findFirst().orElseThrow();
        UUID cpe = accountOf(DemoAccounts.CPE).orElseThrow();
        UUID parent = accountOf(DemoAccounts.PARENT).orElseThrow();
        List<LocalDate> days = schoolDaysBefore(today, 42);
        List<Pupil> pupils = jdbc.sql("""
                        select p.id, d.name from pupils p join divisions d on d.school_id = p.school_id
                          and d.id = p.division_id
                        where p.school_id = ? order by p.last_name, p.first_name, p.birth_date, p.ine""")
                .param(school)
                .query((rs, i) -> new Pupil(new PupilId(rs.getObject(1, UUID.class)), rs.getString(2))).list();
        List<PupilId> demoChildren = jdbc.sql("""
                        select gl.pupil_id from guardian_links gl join guardians g on g.school_id = gl.school_id
                          and g.id = gl.guardian_id
                        where gl.school_id = ? and g.account_id = ? order by gl.pupil_id""")
                .param(school).param(parent)
                .query((rs, i) -> new PupilId(rs.getObject(1, UUID.class))).list();
        int count = 0;
        for (Pupil pupil : pupils) {
            if (demoChildren.contains(pupil.id())) {
                continue;
            }
            double draw = random.nextDouble();
            if (draw < 0.18) {
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    LocalDate day = days.get(random.nextInt(days.size()));
                    Motif motif = random.nextDouble() < 0.65 ? justifying.get(random.nextInt(justifying.size()))
                            : random.nextBoolean() ? sansMotif : null;
                    count += absence(pupil.id(), day, random.nextInt(3), motif, cpe);
                }
            }
            if (random.nextDouble() < 0.12) {
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    count += retard(pupil.id(), days.get(random.nextInt(days.size())), 3 + random.nextInt(18), cpe);
                }
            }
        }
        count += demoFamily(demoChildren, days, justifying.getFirst(), cpe, parent);
        count += overThreshold(pupils, demoChildren, today, cpe);
        count += professeursRollCalls(school, days, random);
        List<PupilId> absent = jdbc.sql("select distinct pupil_id from absences where school_id = ? and kind = 'ABSENCE'")
                .param(school).query((rs, i) -> new PupilId(rs.getObject(1, UUID.class))).list();
        for (PupilId pupil : absent) {
            watch.check(pupil, today.minusMonths(1));
            watch.check(pupil, today);
        }
        return count;
    }

    /** The demo parent's children: a justified illness, an absence to justify, a retard. */
    private int demoFamily(List<PupilId> children, List<LocalDate> days, Motif maladie, UUID cpe, UUID parent) {
        int count = 0;
        for (PupilId child : children) {
            UUID justified = insert(child, days.get(days.size() - 12), 0, null, cpe);
            book.setMotif(justified, maladie.id(), true, parent, Instant.now());
            count += 1 + absence(child, days.get(days.size() - 3), 1, null, cpe);
            count += retard(child, days.get(days.size() - 5), 10, cpe);
        }
        return count;
    }

    /** One pupil with unjustified half-days over the threshold in the current month (or the last one early on). */
    private int overThreshold(List<Pupil> pupils, List<PupilId> demoChildren, LocalDate today, UUID cpe) {
        Pupil pupil = pupils.stream().filter(p -> p.division().equals("4e A") && !demoChildren.contains(p.id()))
                .findFirst().orElse(pupils.getFirst());
        YearMonth month = YearMonth.from(today);
        List<LocalDate> inMonth = schoolDaysBefore(today, 31).stream()
                .filter(d -> YearMonth.from(d).equals(month) && d.getDayOfWeek() != DayOfWeek.WEDNESDAY).toList();
        if (inMonth.size() < 3) {
            YearMonth previous = month.minusMonths(1);
            inMonth = schoolDaysBefore(today, 40).stream()
                    .filter(d -> YearMonth.from(d).equals(previous) && d.getDayOfWeek() != DayOfWeek.WEDNESDAY)
                    .toList();
        }
        int count = 0;
        for (LocalDate day : inMonth.subList(inMonth.size() - 3, inMonth.size())) {
            count += absence(pupil.id(), day, 0, null, cpe);
        }
        return count;
    }

    /**
     * The demo teacher's roll calls of the last school days (taken the way a teacher does, "appel fait"), one
     * pupil absent each time, so that the roll-call pages and the API have real lessons to show.
     */
    private int professeursRollCalls(UUID school, List<LocalDate> days, Random random) {
        Optional<UUID> account = accountOf(DemoAccounts.PROFESSEUR);
        Optional<UUID> staff = account.flatMap(id -> jdbc.sql("select id from staff where school_id = ? and account_id = ?")
                .param(school).param(id).query(UUID.class).optional());
        if (staff.isEmpty()) {
            log.warn("Demo teacher not found: no demo roll calls");
            return 0;
        }
        Member teacher = new Member(account.get(), DemoAccounts.PROFESSEUR, DemoAccounts.PROFESSEUR, new SchoolId(school),
                Set.of(Role.PROFESSEUR), staff.get(), null, null);
        List<LessonPicker.Choice> choices = picker.choicesOf(teacher);
        if (choices.isEmpty()) {
            log.warn("Demo teacher has no teaching assignment: no demo roll calls");
            return 0;
        }
        int count = 0;
        for (LocalDate day : days.subList(days.size() - 3, days.size())) {
            LessonOccurrence lesson = picker.lesson(teacher, choices.getFirst().assignmentId(), day,
                    LocalTime.of(10, 0), LocalTime.of(10, 55));
            RollCall rollCall = rollCalls.open(teacher, lesson);
            List<org.preau.school.PupilSummary> pupils = rollCalls.pupilsOf(rollCall);
            PupilId absent = pupils.get(random.nextInt(pupils.size())).id();
            rollCalls.mark(teacher, rollCall.lessonId(), absent, MarkStatus.ABSENT, null, lesson.start().plusSeconds(120));
            rollCalls.complete(teacher, rollCall.lessonId());
            count++;
        }
        return count;
    }

    /** @param shape 0: the whole day, 1: the morning, 2: the afternoon */
    private int absence(PupilId pupil, LocalDate day, int shape, @Nullable Motif motif, UUID by) {
        UUID id = insert(pupil, day, shape, motif, by);
        return id == null ? 0 : 1;
    }

    private UUID insert(PupilId pupil, LocalDate day, int shape, @Nullable Motif motif, UUID by) {
        boolean wednesday = day.getDayOfWeek() == DayOfWeek.WEDNESDAY;
        LocalTime start = shape == 2 && !wednesday ? LocalTime.of(13, 30) : LocalTime.of(8, 0);
        LocalTime end = shape == 1 || wednesday ? LocalTime.of(12, 0) : LocalTime.of(16, 30);
        Absence absence = new Absence(Ids.newId(), pupil, Absence.Kind.ABSENCE, at(day, start), at(day, end), null,
                null, motif == null ? null : motif.id(), null, motif != null && motif.justifies(), null,
                at(day, start.plusHours(1)), 0);
        book.insert(absence, by);
        return absence.id();
    }

    private int retard(PupilId pupil, LocalDate day, int minutes, UUID by) {
        Instant start = at(day, LocalTime.of(8, 0));
        book.insert(new Absence(Ids.newId(), pupil, Absence.Kind.RETARD, start, start.plusSeconds(60L * minutes),
                minutes, null, null, null, false, "Arrivée au portail", start.plusSeconds(60L * minutes), 0), by);
        return 1;
    }

    private Optional<UUID> accountOf(String username) {
        return jdbc.sql("select id from accounts where username = ?").param(username).query(UUID.class).optional();
    }

    private static List<LocalDate> schoolDaysBefore(LocalDate today, int calendarDays) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = today.minusDays(calendarDays); day.isBefore(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days;
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(HalfDays.ZONE).toInstant();
    }
}
