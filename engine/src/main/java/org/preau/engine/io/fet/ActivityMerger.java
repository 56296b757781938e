package org.preau.engine.io.fet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.StudentSet;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.WeekPattern;

/**
 * Maps lessons to FET activities. Lessons aligned by a hard "same starting time" that take place in different
 * weeks and share a teacher or pupils (the two demi-groupes of a class taking turns in the lab) can only be
 * said in FET as one activity, so they are merged; every other lesson is an activity of its own. Activity ids
 * are the lessons' ids when these are all numbers (files that came from FET), 1, 2, 3... otherwise.
 */
final class ActivityMerger {

    private final TimetableProblem problem;
    private final Map<String, String> representative = new HashMap<>();
    private final Map<String, List<Lesson>> members = new LinkedHashMap<>();
    private final Map<String, String> activityId = new HashMap<>();
    private final List<Lesson> activities = new ArrayList<>();

    ActivityMerger(TimetableProblem problem) {
        this.problem = problem;
        Map<String, Lesson> byId = new HashMap<>();
        problem.lessons().forEach(l -> {
            byId.put(l.id(), l);
            representative.put(l.id(), l.id());
        });
        for (Constraint c : problem.constraints()) {
            if (c instanceof Constraint.SameStartingTime same && same.weight().isHard()) {
                for (int i = 0; i < same.lessonIds().size(); i++) {
                    for (int j = i + 1; j < same.lessonIds().size(); j++) {
                        Lesson a = byId.get(same.lessonIds().get(i));
                        Lesson b = byId.get(same.lessonIds().get(j));
                        if (a != null && b != null && takeTurns(a, b)) {
                            union(a.id(), b.id());
                        }
                    }
                }
            }
        }
        for (Lesson l : problem.lessons()) {
            members.computeIfAbsent(find(l.id()), k -> new ArrayList<>()).add(l);
        }
        boolean numeric = problem.lessons().stream().allMatch(l -> l.id().trim().matches("\\d{1,9}"));
        int next = 1;
        for (List<Lesson> group : members.values()) {
            String id = numeric ? group.get(0).id().trim() : Integer.toString(next++);
            group.forEach(l -> activityId.put(l.id(), id));
            activities.add(merge(group));
        }
    }

    private boolean takeTurns(Lesson a, Lesson b) {
        if (a.duration() != b.duration() || a.weeks().sharesAWeekWith(b.weeks())) {
            return false;
        }
        return a.teacherIds().stream().anyMatch(b.teacherIds()::contains) || sharePupils(a, b);
    }

    private boolean sharePupils(Lesson a, Lesson b) {
        Set<String> atoms = atoms(a);
        return atoms(b).stream().anyMatch(atoms::contains);
    }

    private Set<String> atoms(Lesson l) {
        Set<String> atoms = new LinkedHashSet<>();
        for (String id : l.studentSetIds()) {
            problem.studentSets().stream().filter(s -> s.id().equals(id)).findFirst()
                    .map(StudentSet::subgroupIds).ifPresent(atoms::addAll);
        }
        return atoms;
    }

    private static Lesson merge(List<Lesson> group) {
        Lesson first = group.get(0);
        if (group.size() == 1) {
            return first;
        }
        Set<String> teachers = new LinkedHashSet<>();
        Set<String> sets = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        group.forEach(l -> {
            teachers.addAll(l.teacherIds());
            sets.addAll(l.studentSetIds());
            tags.addAll(l.tags());
        });
        return new Lesson(first.id(), first.subject(), List.copyOf(tags), List.copyOf(teachers), List.copyOf(sets),
                first.duration(), first.room(), WeekPattern.EVERY_WEEK, "", 0);
    }

    private String find(String id) {
        String parent = representative.get(id);
        if (parent.equals(id)) {
            return id;
        }
        String root = find(parent);
        representative.put(id, root);
        return root;
    }

    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            representative.put(rb, ra);
        }
    }

    List<Lesson> activities() {
        return activities;
    }

    String idOf(Lesson lesson) {
        return activityId.get(lesson.id());
    }

    String idOf(String lessonId) {
        return activityId.get(lessonId);
    }

    boolean isMerged(Lesson activity) {
        return members.get(find(activity.id())).size() > 1;
    }

    int mergedCount() {
        return (int) members.values().stream().filter(g -> g.size() > 1).mapToInt(g -> g.size() - 1).sum();
    }

    Map<String, String> activityOfLesson() {
        return Map.copyOf(activityId);
    }
}
