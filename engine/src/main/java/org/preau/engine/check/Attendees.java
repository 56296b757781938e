package org.preau.engine.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Slot;
import org.preau.engine.model.StudentSet;

/** The teachers and pupil groups of a schedule, and what each of them does each day. */
final class Attendees {

    private final Schedule s;
    private final Map<String, Attendee> teachers = new LinkedHashMap<>();
    private final Map<String, Attendee> groupOfAtom = new HashMap<>();
    private final Map<String, long[]> atomClosed = new HashMap<>();
    private final long[] breaks;
    private final List<Attendee> pupilGroups = new ArrayList<>();

    Attendees(Schedule s) {
        this.s = s;
        breaks = new long[s.week.dayCount()];
        for (Slot b : s.week.breaks()) {
            breaks[b.day()] |= 1L << b.period();
        }
        Map<String, long[]> teacherClosed = new HashMap<>();
        for (Constraint c : s.problem.constraints()) {
            if (c instanceof Constraint.Unavailable u && u.weight().isHard()) {
                if (u.resource().kind() == ResourceRef.Kind.TEACHER) {
                    or(teacherClosed.computeIfAbsent(u.resource().id(), k -> breaks.clone()), u.slots());
                } else if (u.resource().kind() == ResourceRef.Kind.STUDENTS) {
                    for (String atom : s.studentSet(u.resource().id()).subgroupIds()) {
                        or(atomClosed.computeIfAbsent(atom, k -> breaks.clone()), u.slots());
                    }
                }
            }
        }
        for (String t : s.teachers.keySet()) {
            teachers.put(t, new Attendee(true, t, List.of(), s.lessonsOfTeacher(t), teacherClosed.getOrDefault(t, breaks)));
        }
        Map<String, List<Integer>> lessonsOfAtom = new LinkedHashMap<>();
        for (StudentSet set : s.problem.studentSets()) {
            set.subgroupIds().forEach(a -> lessonsOfAtom.putIfAbsent(a, new ArrayList<>()));
        }
        for (int l = 0; l < s.lessonCount(); l++) {
            Set<String> atoms = new LinkedHashSet<>();
            for (String set : s.lesson(l).studentSetIds()) {
                atoms.addAll(s.studentSet(set).subgroupIds());
            }
            for (String atom : atoms) {
                lessonsOfAtom.get(atom).add(l);
            }
        }
        Map<List<Integer>, List<String>> atomsByLessons = new LinkedHashMap<>();
        lessonsOfAtom.forEach((atom, lessons) -> {
            if (!lessons.isEmpty()) {
                atomsByLessons.computeIfAbsent(lessons, k -> new ArrayList<>()).add(atom);
            }
        });
        atomsByLessons.forEach((lessons, atoms) -> {
            Attendee group = new Attendee(false, atoms.get(0), atoms, lessons,
                    atomClosed.getOrDefault(atoms.get(0), breaks));
            pupilGroups.add(group);
            atoms.forEach(a -> groupOfAtom.put(a, group));
        });
    }

    private static void or(long[] mask, Set<Slot> slots) {
        for (Slot slot : slots) {
            if (slot.day() >= 0 && slot.day() < mask.length) {
                mask[slot.day()] |= 1L << slot.period();
            }
        }
    }

    List<Attendee> all() {
        List<Attendee> all = new ArrayList<>(teachers.values());
        all.addAll(pupilGroups);
        return all.stream().filter(a -> !a.lessons().isEmpty()).toList();
    }

    /**
     * Whom a per-resource rule is about: the teacher, or each subgroup of the student set (as FET: "max 2 gaps" for
     * a year is a limit for every subgroup of it, so identical subgroups each count).
     */
    List<Attendee> of(ResourceRef ref) {
        return switch (ref.kind()) {
            case TEACHER -> {
                Attendee t = teachers.get(ref.id());
                if (t == null) {
                    throw new InvalidSolutionException("a constraint names unknown teacher '" + ref.id() + "'");
                }
                yield t.lessons().isEmpty() ? List.of() : List.of(t);
            }
            case STUDENTS -> {
                List<Attendee> subgroups = new ArrayList<>();
                for (String atom : s.studentSet(ref.id()).subgroupIds().stream().sorted().toList()) {
                    Attendee g = groupOfAtom.get(atom);
                    if (g != null) {
                        subgroups.add(new Attendee(false, atom, List.of(atom), g.lessons(), atomClosed.getOrDefault(atom, breaks)));
                    }
                }
                yield subgroups;
            }
            case ROOM -> List.of();
        };
    }

    /** Pupil groups attending lesson {@code l}. */
    List<Attendee> groupsOf(int l) {
        Set<Attendee> groups = new LinkedHashSet<>();
        for (String set : s.lesson(l).studentSetIds()) {
            for (String atom : s.studentSet(set).subgroupIds()) {
                groups.add(groupOfAtom.get(atom));
            }
        }
        return List.copyOf(groups);
    }

    /** Busy periods of each day (any week of the cycle), counting only lessons with {@code tag} when not empty. */
    long[] busy(Attendee a, String tag) {
        long[] busy = new long[s.week.dayCount()];
        for (int l : a.lessons()) {
            if (s.placed(l) && (tag.isEmpty() || s.lesson(l).tags().contains(tag))) {
                busy[s.day(l)] |= s.periodMask(l);
            }
        }
        return busy;
    }
}
