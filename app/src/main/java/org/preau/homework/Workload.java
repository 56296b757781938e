package org.preau.homework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.preau.homework.internal.HomeworkAccess;
import org.preau.homework.internal.HomeworkStore;
import org.preau.platform.Member;
import org.preau.school.DivisionId;
import org.preau.school.GroupId;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The travail à faire a class already has, day by day, across all subjects — what a teacher looks at before
 * giving more. A class's load on a day is the load of its most loaded pupil, so that LV2 groups and
 * demi-groupes count for the pupils who are in them and not for the others.
 */
@Service
public class Workload {

    private final SchoolStructure structure;
    private final HomeworkStore homework;
    private final HomeworkAccess access;
    private final int thresholdMinutes;

    Workload(SchoolStructure structure, HomeworkStore homework, HomeworkAccess access,
             @Value("${preau.homework.daily-minutes-warning:60}") int thresholdMinutes) {
        this.structure = structure;
        this.homework = homework;
        this.access = access;
        this.thresholdMinutes = thresholdMinutes;
    }

    /** Above this many minutes of homework due on one day, the form warns the teacher. */
    public int thresholdMinutes() {
        return thresholdMinutes;
    }

    /** One {@link DayLoad} per day from {@code from} to {@code to} (inclusive), for a class the member teaches. */
    @Transactional(readOnly = true)
    public List<DayLoad> of(Member member, ClassTarget target, LocalDate from, LocalDate to) {
        if (!access.canReadClass(member, target)) {
            throw new HomeworkDeniedException("Not a class of yours");
        }
        List<PupilSummary> audience = target.division() != null ? structure.pupilsOfDivision(target.division())
                : structure.pupilsOfGroup(target.group());
        Set<DivisionId> divisions = new HashSet<>();
        audience.stream().map(PupilSummary::divisionId).filter(Objects::nonNull).forEach(divisions::add);
        if (target.division() != null) {
            divisions.add(target.division());
        }
        Map<GroupId, Set<PupilId>> groupMembers = new HashMap<>();
        for (GroupId group : homework.groupsWithHomeworkDue(from, to)) {
            Set<PupilId> members = new HashSet<>();
            structure.pupilsOfGroup(group).forEach(p -> members.add(p.id()));
            groupMembers.put(group, members);
        }
        List<HomeworkStore.Row> due = homework.dueFor(divisions, groupMembers.keySet(), from, to);
        List<DayLoad> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            List<HomeworkStore.Row> dueThatDay = due.stream().filter(r -> r.dueOn().equals(d)).toList();
            days.add(heaviest(d, dueThatDay, audience, groupMembers));
        }
        return days;
    }

    private static DayLoad heaviest(LocalDate day, List<HomeworkStore.Row> due, List<PupilSummary> audience,
                                    Map<GroupId, Set<PupilId>> groupMembers) {
        DayLoad heaviest = new DayLoad(day, 0, 0);
        for (PupilSummary pupil : audience) {
            int count = 0;
            int minutes = 0;
            for (HomeworkStore.Row row : due) {
                boolean forPupil = row.target().division() != null
                        ? row.target().division().equals(pupil.divisionId())
                        : groupMembers.getOrDefault(row.target().group(), Set.of()).contains(pupil.id());
                if (forPupil) {
                    count++;
                    minutes += row.estimatedMinutes();
                }
            }
            if (minutes > heaviest.minutes() || (minutes == heaviest.minutes() && count > heaviest.count())) {
                heaviest = new DayLoad(day, count, minutes);
            }
        }
        return heaviest;
    }
}
