package org.preau.engine.model;

import java.util.Set;

/**
 * Pupils taught together, with FET's semantics: a YEAR (niveau) contains GROUPs (divisions, LV2 groups,
 * demi-groupes), which contain SUBGROUPs. Subgroups are the atoms: two lessons clash for pupils exactly when
 * their student sets share a subgroup. Years and groups may overlap (a pupil is in 4e B and in the 4e
 * Allemand group); {@code subgroupIds} lists the atoms of this set (a subgroup lists itself; a group without
 * subgroups is its own atom). {@code size} is the number of pupils, 0 when unknown.
 */
public record StudentSet(String id, Kind kind, int size, Set<String> subgroupIds) {

    public enum Kind { YEAR, GROUP, SUBGROUP }

    public StudentSet {
        subgroupIds = Set.copyOf(subgroupIds);
    }
}
