package org.preau.engine.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.MaxBuildingChangesPerDay;
import org.preau.engine.model.Constraint.MaxBuildingChangesPerWeek;
import org.preau.engine.model.Constraint.MinGapsBetweenBuildingChanges;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Room;
import org.preau.engine.model.Weight;

/** Turns building rules into one {@link BuildingRule} per teacher or subgroup, with a member per lesson it attends. */
final class BuildingRuleBuilder {

    private final ProblemCompiler c;
    private final int[] buildingOfRoom;
    private final List<BuildingMember> members = new ArrayList<>();

    BuildingRuleBuilder(ProblemCompiler c) {
        this.c = c;
        List<Room> rooms = c.problem.rooms();
        List<String> names = new ArrayList<>(new TreeSet<>(rooms.stream().map(Room::building).filter(b -> !b.isEmpty()).toList()));
        buildingOfRoom = rooms.stream().mapToInt(r -> r.building().isEmpty() ? -1 : names.indexOf(r.building())).toArray();
        for (Constraint constraint : c.problem.constraints()) {
            switch (constraint) {
                case MaxBuildingChangesPerDay r -> add(BuildingRule.Kind.MAX_CHANGES_PER_DAY, r.resource(), r.max(), r.weight());
                case MaxBuildingChangesPerWeek r -> add(BuildingRule.Kind.MAX_CHANGES_PER_WEEK, r.resource(), r.max(), r.weight());
                case MinGapsBetweenBuildingChanges r -> add(BuildingRule.Kind.MIN_GAPS_BETWEEN_CHANGES, r.resource(), r.minGaps(),
                        r.weight());
                default -> {
                }
            }
        }
    }

    List<BuildingMember> members() {
        return members;
    }

    /** As FET, a students set's rule applies to each of its subgroups separately. */
    private void add(BuildingRule.Kind kind, ResourceRef ref, int limit, Weight weight) {
        switch (ref.kind()) {
            case TEACHER -> {
                int teacher = ProblemCompiler.require(c.teacherIndex, ref.id(), "teacher");
                BuildingRule rule = rule(kind, limit, weight);
                for (int l = 0; l < c.lessons.size(); l++) {
                    if (ProblemCompiler.contains(c.lessonTeachers[l], teacher)) {
                        members.add(new BuildingMember(rule, l, c.lessons.get(l).duration(), c.lessonWeeks[l]));
                    }
                }
            }
            case STUDENTS -> {
                for (int atom : c.atomsOf(ref.id())) {
                    BuildingRule rule = rule(kind, limit, weight);
                    for (int l = 0; l < c.lessons.size(); l++) {
                        if (ProblemCompiler.contains(c.lessonAtoms[l], atom)) {
                            members.add(new BuildingMember(rule, l, c.lessons.get(l).duration(), c.lessonWeeks[l]));
                        }
                    }
                }
            }
            case ROOM -> throw new InvalidProblemException("building rules are about teachers or pupils, not room " + ref.id());
        }
    }

    private BuildingRule rule(BuildingRule.Kind kind, int limit, Weight weight) {
        return new BuildingRule(kind, limit, buildingOfRoom, c.days, c.periods, c.weeksInCycle, ProblemCompiler.level(weight),
                ProblemCompiler.softWeight(weight));
    }
}
