package org.preau.attendance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.preau.platform.Member;
import org.preau.school.DivisionView;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Half-days and retards per division, per pupil and per month, for vie scolaire and direction. */
@Service
@Transactional(readOnly = true)
public class AttendanceStatistics {

    /** Counts of one division, one pupil or one month. */
    public record Row(String label, int justified, int unjustified, int retards) {

        public int halfDays() {
            return justified + unjustified;
        }
    }

    /** A pupil's counts. */
    public record PupilRow(PupilSummary pupil, int justified, int unjustified, int retards) {
    }

    private final AbsenceBook book;
    private final SchoolStructure structure;
    private final PupilAccess pupils;
    private final AttendanceAccess access;

    AttendanceStatistics(AbsenceBook book, SchoolStructure structure, PupilAccess pupils, AttendanceAccess access) {
        this.book = book;
        this.structure = structure;
        this.pupils = pupils;
        this.access = access;
    }

    /** Per division, in the school's order of divisions. */
    public List<Row> byDivision(Member member, LocalDate from, LocalDate to) {
        access.requireVieScolaire(member);
        Map<PupilId, PupilRow> perPupil = perPupil(member, from, to);
        List<Row> rows = new ArrayList<>();
        for (DivisionView division : structure.divisions()) {
            int justified = 0;
            int unjustified = 0;
            int retards = 0;
            for (PupilRow row : perPupil.values()) {
                if (division.id().equals(row.pupil().divisionId())) {
                    justified += row.justified();
                    unjustified += row.unjustified();
                    retards += row.retards();
                }
            }
            rows.add(new Row(division.name(), justified, unjustified, retards));
        }
        return rows;
    }

    /** The pupils with the most unjustified half-days, then the most half-days. */
    public List<PupilRow> topPupils(Member member, LocalDate from, LocalDate to, int limit) {
        access.requireVieScolaire(member);
        return perPupil(member, from, to).values().stream()
                .sorted(Comparator.comparingInt(PupilRow::unjustified).reversed()
                        .thenComparing(Comparator.comparingInt((PupilRow r) -> r.justified() + r.unjustified())
                                .reversed())
                        .thenComparing(r -> r.pupil().listName()))
                .limit(limit).toList();
    }

    /** One pupil month by month (caller has checked access to the pupil). */
    public List<Row> monthly(PupilId pupil, LocalDate from, LocalDate to) {
        List<Absence> absences = book.ofPupil(pupil, start(from), start(to.plusDays(1)));
        List<Row> rows = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
            LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            var counts = HalfDays.count(absences.stream().filter(a -> !a.retard()).map(Absence::span).toList(),
                    first, last);
            YearMonth m = month;
            int retards = (int) absences.stream().filter(Absence::retard)
                    .filter(a -> YearMonth.from(LocalDate.ofInstant(a.start(), HalfDays.ZONE)).equals(m)).count();
            rows.add(new Row(month.toString(), counts.justified(), counts.unjustified(), retards));
        }
        return rows;
    }

    private Map<PupilId, PupilRow> perPupil(Member member, LocalDate from, LocalDate to) {
        Map<UUID, PupilSummary> summaries = pupils.visiblePupils(member, 0, 100_000).stream()
                .collect(Collectors.toMap(p -> p.id().value(), p -> p));
        Map<PupilId, List<Absence>> byPupil = book.between(start(from), start(to.plusDays(1))).stream()
                .collect(Collectors.groupingBy(Absence::pupil));
        Map<PupilId, PupilRow> rows = new HashMap<>();
        byPupil.forEach((pupil, absences) -> {
            PupilSummary summary = summaries.get(pupil.value());
            if (summary == null) {
                return;
            }
            var counts = HalfDays.count(absences.stream().filter(a -> !a.retard()).map(Absence::span).toList(),
                    from, to);
            int retards = (int) absences.stream().filter(Absence::retard).count();
            rows.put(pupil, new PupilRow(summary, counts.justified(), counts.unjustified(), retards));
        });
        return rows;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(HalfDays.ZONE).toInstant();
    }
}
