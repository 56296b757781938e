package org.preau.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.school.DivisionView;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.preau.school.StaffId;
import org.preau.school.StaffView;
import org.preau.school.TeachingAssignmentView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each role's home page shows, from what the school already knows: a pupil's own division and
 * professeur principal, a parent's children, a teacher's classes, the school's figures for direction and vie
 * scolaire. A member with several roles gets several sections.
 */
@Component
@Transactional(readOnly = true)
class HomeSections {

    private final PupilAccess pupils;
    private final SchoolStructure structure;

    HomeSections(PupilAccess pupils, SchoolStructure structure) {
        this.pupils = pupils;
        this.structure = structure;
    }

    /** The pupil's own class, for the élève's home page. */
    record PupilClass(String firstName, @Nullable String division, @Nullable String principalTeacher) {
    }

    /** One division or group a teacher teaches, with the subjects taught there. */
    record TaughtClass(String name, boolean division, List<String> subjects, int pupils, boolean principal) {
    }

    /** The school in figures, for direction and vie scolaire. */
    record SchoolFigures(long pupils, int divisions, int groups, int staff, int teachers) {
    }

    Optional<PupilClass> pupilClass(Member member) {
        if (!member.has(Role.ELEVE) || member.pupilId() == null) {
            return Optional.empty();
        }
        return pupils.find(new PupilId(member.pupilId())).map(self -> {
            Optional<DivisionView> division = divisionOf(self);
            String principal = division.map(DivisionView::principalTeacherId).map(this::staffName).orElse(null);
            return new PupilClass(self.firstName(), self.divisionName(), principal);
        });
    }

    List<PupilSummary> children(Member member) {
        return member.has(Role.PARENT) ? pupils.childrenOf(member) : List.of();
    }

    List<TaughtClass> taughtClasses(Member member) {
        if (!member.has(Role.PROFESSEUR) || member.staffId() == null) {
            return List.of();
        }
        StaffId self = new StaffId(member.staffId());
        Map<String, List<TeachingAssignmentView>> byClass = new LinkedHashMap<>();
        for (TeachingAssignmentView assignment : structure.teachingAssignmentsOf(self)) {
            byClass.computeIfAbsent(assignment.targetName(), name -> new ArrayList<>()).add(assignment);
        }
        List<TaughtClass> classes = new ArrayList<>();
        for (var entry : byClass.entrySet()) {
            TeachingAssignmentView first = entry.getValue().getFirst();
            List<String> subjects = List.copyOf(new TreeSet<>(entry.getValue().stream()
                    .map(TeachingAssignmentView::subjectCode).toList()));
            int size = first.divisionId() != null ? structure.pupilsOfDivision(first.divisionId()).size()
                    : structure.pupilsOfGroup(Objects.requireNonNull(first.groupId())).size();
            boolean principal = first.divisionId() != null && structure.divisions().stream()
                    .anyMatch(d -> d.id().equals(first.divisionId()) && self.equals(d.principalTeacherId()));
            classes.add(new TaughtClass(entry.getKey(), first.divisionId() != null, subjects, size, principal));
        }
        return classes;
    }

    Optional<SchoolFigures> schoolFigures(Member member) {
        if (!member.seesWholeSchool()) {
            return Optional.empty();
        }
        List<StaffView> staff = structure.staff();
        return Optional.of(new SchoolFigures(pupils.countVisiblePupils(member), structure.divisions().size(),
                structure.groups().size(), staff.size(),
                (int) staff.stream().filter(s -> s.roles().contains(Role.PROFESSEUR)).count()));
    }

    private Optional<DivisionView> divisionOf(PupilSummary pupil) {
        return pupil.divisionId() == null ? Optional.empty()
                : structure.divisions().stream().filter(d -> d.id().equals(pupil.divisionId())).findFirst();
    }

    private @Nullable String staffName(StaffId id) {
        return structure.staff().stream().filter(s -> s.id().equals(id)).map(StaffView::displayName)
                .findFirst().orElse(null);
    }
}
