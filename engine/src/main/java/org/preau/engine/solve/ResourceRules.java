package org.preau.engine.solve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All the per-resource rules of one resource, as one fact: a change of the resource's week reaches the 22 rule
 * constraints (11 kinds, hard and soft) as one tuple, where one fact per rule sent each of its rules through all 22
 * filters. Each constraint counts only its own kind and level. Measured against one fact per rule (Timefold's
 * two searches, moves per second, 40 s, seed 0, without the second fast pass): italy-liceo (6-7 rules per teacher)
 * 50 k to 90 k, hungary 42 k to 58 k, hongkong 43 k to 50 k, germany-gyr and belize the same.
 */
final class ResourceRules {

    private static final int LEVELS = Level.values().length;

    private final int resource;
    private final List<ResourceRule> rules;
    /** One bit per kind and level of rule the resource has ({@link #bit}). */
    private final long kinds;

    private ResourceRules(int resource, List<ResourceRule> rules, long kinds) {
        this.resource = resource;
        this.rules = rules;
        this.kinds = kinds;
    }

    int resource() {
        return resource;
    }

    /** The rules grouped by resource, in the order of their first rule. */
    static List<ResourceRules> byResource(List<ResourceRule> rules) {
        Map<Integer, List<ResourceRule>> grouped = new LinkedHashMap<>();
        for (ResourceRule rule : rules) {
            grouped.computeIfAbsent(rule.resource(), r -> new ArrayList<>()).add(rule);
        }
        List<ResourceRules> all = new ArrayList<>();
        grouped.forEach((resource, ofResource) -> {
            long kinds = 0;
            for (ResourceRule rule : ofResource) {
                kinds |= bit(rule.kind(), rule.level());
            }
            all.add(new ResourceRules(resource, List.copyOf(ofResource), kinds));
        });
        return List.copyOf(all);
    }

    private static long bit(ResourceRule.Kind kind, Level level) {
        return 1L << (kind.ordinal() * LEVELS + level.ordinal());
    }

    /** Whether the resource has a rule of this kind at this level. */
    boolean has(ResourceRule.Kind kind, Level level) {
        return (kinds & bit(kind, level)) != 0;
    }

    /** What its rules of this kind and level cost on {@code load}, in score units. */
    long cost(ResourceRule.Kind kind, Level level, TimetableConstraints.ViolationCounter counter, WeekLoad load) {
        long cost = 0;
        for (ResourceRule rule : rules) {
            if (rule.kind() == kind && rule.level() == level) {
                cost += rule.cost(counter.violations(rule, load));
            }
        }
        return cost;
    }
}
