package org.preau.timetable.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.preau.school.GroupId;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A pupil's dated lessons: their division's and their groups' (LV2, demi-groupes, options). */
@Service
public class PupilLessons {

    private final PupilAccess pupils;
    private final SchoolStructure school;
    private final Occurrences occurrences;

    PupilLessons(PupilAccess pupils, SchoolStructure school, Occurrences occurrences) {
        this.pupils = pupils;
        this.school = school;
        this.occurrences = occurrences;
    }

    /** The groups of a division's pupils (its demi-groupes, the LV2 groups and options they take). */
    @Transactional(readOnly = true)
    public List<UUID> groupsOfDivision(UUID division) {
        return school.pupilsOfDivision(new org.preau.school.DivisionId(division)).stream()
                .flatMap(p -> school.groupsOfPupil(p.id()).stream()).map(GroupId::value).distinct().toList();
    }

    /** Without access check: callers check with {@link PupilAccess#requireCanSee} first. */
    @Transactional(readOnly = true)
    public List<Occurrence> of(PupilId pupil, LocalDate from, LocalDate to) {
        PupilSummary summary = pupils.find(pupil).orElseThrow();
        List<UUID> groups = school.groupsOfPupil(pupil).stream().map(GroupId::value).toList();
        return occurrences.ofStudents(summary.divisionId() == null ? null : summary.divisionId().value(), groups,
                from, to);
    }
}
