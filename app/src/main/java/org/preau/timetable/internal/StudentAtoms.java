package org.preau.timetable.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.preau.engine.model.StudentSet;
import org.preau.timetable.internal.SchoolInput.DivisionIn;
import org.preau.timetable.internal.SchoolInput.GroupIn;

/**
 * Cuts pupils into atoms (FET subgroups): pupils belonging to exactly the same division and groups form one
 * atom. A division or group is then the set of atoms of its pupils, so a division's lessons clash with its groups'
 * lessons, two groups sharing a pupil clash, and two disjoint demi-groupes or LV2 groups may run side by side.
 * A division or group without pupils yet is its own atom (inside its division when it has one).
 */
final class StudentAtoms {

    static final String DIVISION = "D:";
    static final String GROUP = "G:";
    private static final String ATOM = "S:";

    private StudentAtoms() {
    }

    static String divisionSet(UUID id) {
        return DIVISION + id;
    }

    static String groupSet(UUID id) {
        return GROUP + id;
    }

    /** The student sets of the school: one per division and group, plus the atoms themselves. */
    static List<StudentSet> of(List<DivisionIn> divisions, List<GroupIn> groups) {
        Map<UUID, Set<String>> membership = new HashMap<>();
        for (DivisionIn division : divisions) {
            division.pupils().forEach(p -> membership.computeIfAbsent(p, k -> new TreeSet<>()).add(divisionSet(division.id())));
        }
        for (GroupIn group : groups) {
            group.pupils().forEach(p -> membership.computeIfAbsent(p, k -> new TreeSet<>()).add(groupSet(group.id())));
        }
        Map<Set<String>, String> atomOfSignature = new LinkedHashMap<>();
        Map<String, Integer> atomSize = new HashMap<>();
        Map<String, Set<String>> atomsOfSet = new LinkedHashMap<>();
        membership.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    String atom = atomOfSignature.computeIfAbsent(entry.getValue(),
                            signature -> ATOM + String.join("+", signature));
                    atomSize.merge(atom, 1, Integer::sum);
                    entry.getValue().forEach(set -> atomsOfSet.computeIfAbsent(set, k -> new LinkedHashSet<>()).add(atom));
                });
        for (DivisionIn division : divisions) {
            atomsOfSet.computeIfAbsent(divisionSet(division.id()), set -> emptyAtom(set, atomSize));
        }
        for (GroupIn group : groups) {
            String set = groupSet(group.id());
            if (!atomsOfSet.containsKey(set)) {
                String atom = emptyAtom(set, atomSize).iterator().next();
                atomsOfSet.put(set, new LinkedHashSet<>(Set.of(atom)));
                if (group.divisionId() != null) {
                    atomsOfSet.computeIfAbsent(divisionSet(group.divisionId()), k -> new LinkedHashSet<>()).add(atom);
                }
            }
        }
        List<StudentSet> sets = new ArrayList<>();
        atomsOfSet.forEach((set, atoms) -> sets.add(new StudentSet(set, StudentSet.Kind.GROUP,
                atoms.stream().mapToInt(a -> atomSize.getOrDefault(a, 0)).sum(), atoms)));
        atomsOfSet.values().stream().flatMap(Set::stream).distinct().sorted()
                .forEach(atom -> sets.add(new StudentSet(atom, StudentSet.Kind.SUBGROUP,
                        atomSize.getOrDefault(atom, 0), Set.of(atom))));
        return sets;
    }

    private static Set<String> emptyAtom(String set, Map<String, Integer> atomSize) {
        String atom = ATOM + set;
        atomSize.putIfAbsent(atom, 0);
        return new LinkedHashSet<>(Set.of(atom));
    }
}
