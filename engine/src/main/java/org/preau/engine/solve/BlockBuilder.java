package org.preau.engine.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.TreeMap;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.SameStartingTime;

/**
 * Joins lessons bound by hard same-starting-time rules into {@link LessonBlock}s and lists the resources each
 * block keeps busy.
 */
final class BlockBuilder {

    private final ProblemCompiler c;
    private final int[] blockOfLesson;
    private final List<LessonBlock> blocks = new ArrayList<>();
    private final List<List<ResourceUse>> uses = new ArrayList<>();
    private final List<StartSlot> slots;

    BlockBuilder(ProblemCompiler c, TimeWindows windows, List<StartSlot> slots) {
        this.c = c;
        this.slots = slots;
        int n = c.lessons.size();
        int[] parent = new int[n];
        for (int l = 0; l < n; l++) {
            parent[l] = l;
        }
        for (Constraint constraint : c.constraints()) {
            if (constraint instanceof SameStartingTime same && same.weight().isHard()) {
                for (int i = 1; i < same.lessonIds().size(); i++) {
                    union(parent, c.lesson(same.lessonIds().get(0)), c.lesson(same.lessonIds().get(i)));
                }
            }
        }
        TreeMap<Integer, List<Integer>> members = new TreeMap<>();
        for (int l = 0; l < n; l++) {
            members.computeIfAbsent(find(parent, l), k -> new ArrayList<>()).add(l);
        }
        blockOfLesson = new int[n];
        for (List<Integer> lessons : members.values()) {
            int index = blocks.size();
            int[] hard = new int[c.slotCount];
            long[] soft = new long[c.slotCount];
            List<StartSlot> fitting = new ArrayList<>();
            List<StartSlot> allowed = new ArrayList<>();
            for (int s = 0; s < c.slotCount; s++) {
                boolean fits = true;
                for (int l : lessons) {
                    fits &= windows.fits[l][s];
                    hard[s] += windows.hard[l][s];
                    soft[s] += windows.soft[l][s];
                }
                if (fits) {
                    fitting.add(slots.get(s));
                    if (hard[s] == 0) {
                        allowed.add(slots.get(s));
                    }
                }
            }
            if (fitting.isEmpty()) {
                throw new InvalidProblemException("lesson(s) " + ids(lessons) + " fit nowhere in the week");
            }
            LessonBlock block = new LessonBlock(index, List.copyOf(lessons), allowed.isEmpty() ? fitting : allowed, hard, soft);
            blocks.add(block);
            List<ResourceUse> blockUses = new ArrayList<>();
            for (int l : lessons) {
                blockOfLesson[l] = index;
                for (int resource : c.resourcesOf(l)) {
                    blockUses.add(new ResourceUse(resource, true, ProblemCompiler.periodMask(c.lessons.get(l).duration()),
                            c.lessonWeeks[l]));
                }
            }
            uses.add(blockUses);
        }
    }

    /** A tagged view of a resource (e.g. a teacher's "lab" lessons) that rules count but clashes ignore. */
    void addTaggedUse(int lesson, int resource) {
        int index = blockOfLesson[lesson];
        uses.get(index).add(new ResourceUse(resource, false, ProblemCompiler.periodMask(c.lessons.get(lesson).duration()),
                c.lessonWeeks[lesson]));
    }

    List<LessonBlock> blocks() {
        Map<Integer, List<Integer>> blocksOfResource = new HashMap<>();
        Map<Integer, Integer> weeklyLoad = new HashMap<>();
        for (int b = 0; b < blocks.size(); b++) {
            blocks.get(b).setUses(List.copyOf(uses.get(b)));
            for (ResourceUse use : uses.get(b)) {
                if (use.clashChecked()) {
                    blocksOfResource.computeIfAbsent(use.resource(), r -> new ArrayList<>()).add(b);
                    weeklyLoad.merge(use.resource(), Long.bitCount(use.periodMask()), Integer::sum);
                }
            }
        }
        for (int b = 0; b < blocks.size(); b++) {
            LessonBlock block = blocks.get(b);
            Set<Integer> neighbours = new TreeSet<>();
            for (ResourceUse use : uses.get(b)) {
                if (use.clashChecked()) {
                    neighbours.addAll(blocksOfResource.get(use.resource()));
                }
            }
            neighbours.remove(b);
            int busiest = 0;
            for (ResourceUse use : uses.get(b)) {
                if (use.clashChecked()) {
                    busiest = Math.max(busiest, weeklyLoad.get(use.resource()));
                }
            }
            block.setSlack(block.getAllowedStarts().size() - busiest);
            boolean[] allowed = new boolean[c.slotCount];
            block.getAllowedStarts().forEach(s -> allowed[s.index()] = true);
            int span = block.lessons().stream().mapToInt(l -> c.lessons.get(l).duration()).max().orElse(1);
            block.setPupils(uses.get(b).stream().filter(u -> u.clashChecked() && u.resource() >= c.teacherIndex.size())
                    .mapToInt(ResourceUse::resource).distinct().sorted().toArray());
            block.setNeighbourhood(neighbours.stream().mapToInt(Integer::intValue).toArray(), allowed, span, slots, c.periods);
        }
        return blocks;
    }

    LessonBlock blockOf(int lesson) {
        return blocks.get(blockOfLesson[lesson]);
    }

    int[] blockOfLesson() {
        return blockOfLesson;
    }

    private String ids(List<Integer> lessons) {
        return lessons.stream().map(l -> c.lessons.get(l).id()).toList().toString();
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
