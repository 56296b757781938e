package org.preau.engine.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Slot;
import org.preau.engine.model.StudentSet;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.Weight;

/**
 * Turns the model into Timefold's planning solution: lessons tied by hard "same starting time" become one
 * {@link LessonBlock}; hard time windows become the blocks' value ranges; subgroups with exactly the same
 * lessons share one resource (their weeks are identical, so counting one is enough for clashes).
 */
public final class ProblemCompiler {

    final TimetableProblem problem;
    final int days;
    final int periods;
    final int slotCount;
    final List<Lesson> lessons;
    final Map<String, Integer> lessonIndex = new HashMap<>();
    final Map<String, Integer> teacherIndex = new HashMap<>();
    final Map<String, StudentSet> studentSets = new HashMap<>();
    final Map<String, Integer> atomIndex = new LinkedHashMap<>();
    final int[][] lessonTeachers;
    final int[][] lessonAtoms;
    final int[] lessonWeeks;
    final boolean[] breakSlot;
    /** Resource of each atom (subgroup): atoms with identical lessons share one; -1 when the atom has no lesson. */
    int[] atomResource;
    int resourceCount;
    final int weeksInCycle;

    private ProblemCompiler(TimetableProblem problem) {
        this.problem = problem;
        this.days = problem.week().dayCount();
        this.periods = problem.week().periodsPerDay();
        if (days < 1 || days > WeekLoadCollector.MAX_DAYS || periods < 1 || periods > 63) {
            throw new InvalidProblemException("the week must have 1-64 days and 1-63 periods a day");
        }
        this.slotCount = days * periods;
        this.lessons = problem.lessons();
        breakSlot = new boolean[slotCount];
        for (Slot slot : problem.week().breaks()) {
            breakSlot[slot(slot)] = true;
        }
        for (int i = 0; i < problem.teachers().size(); i++) {
            teacherIndex.put(problem.teachers().get(i).id(), i);
        }
        for (StudentSet set : problem.studentSets()) {
            studentSets.put(set.id(), set);
            for (String atom : set.subgroupIds()) {
                atomIndex.putIfAbsent(atom, atomIndex.size());
            }
        }
        int cycle = 1;
        for (Lesson lesson : lessons) {
            cycle = lcm(cycle, lesson.weeks().cycleLength());
        }
        if (cycle > WeekLoadCollector.MAX_WEEKS) {
            throw new InvalidProblemException("week pattern cycles longer than 8 weeks are not supported");
        }
        weeksInCycle = cycle;
        lessonTeachers = new int[lessons.size()][];
        lessonAtoms = new int[lessons.size()][];
        lessonWeeks = new int[lessons.size()];
        for (int l = 0; l < lessons.size(); l++) {
            Lesson lesson = lessons.get(l);
            if (lessonIndex.put(lesson.id(), l) != null) {
                throw new InvalidProblemException("lesson id " + lesson.id() + " is used twice");
            }
            lessonTeachers[l] = lesson.teacherIds().stream().mapToInt(t -> require(teacherIndex, t, "teacher")).distinct().toArray();
            lessonAtoms[l] = lesson.studentSetIds().stream().flatMap(s -> set(s).subgroupIds().stream())
                    .mapToInt(atomIndex::get).distinct().sorted().toArray();
            int mask = 0;
            for (int w = 0; w < cycle; w++) {
                if (lesson.weeks().weeks().contains(w % lesson.weeks().cycleLength())) {
                    mask |= 1 << w;
                }
            }
            lessonWeeks[l] = mask;
        }
        groupIdenticalAtoms();
    }

    /** Builds the planning solution for {@code problem}. */
    public static CompiledProblem compile(TimetableProblem problem) {
        return new ProblemCompiler(problem).build();
    }

    private CompiledProblem build() {
        List<StartSlot> slots = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (int p = 0; p < periods; p++) {
                slots.add(new StartSlot(d * periods + p, d, p));
            }
        }
        TimeWindows windows = new TimeWindows(this);
        BlockBuilder blocks = new BlockBuilder(this, windows, slots);
        RuleBuilder rules = new RuleBuilder(this, blocks, windows);
        RoomPlanner rooms = new RoomPlanner(this, blocks);
        TimetableSolution solution = new TimetableSolution(blocks.blocks(), rooms.bookings(), rules.resourceRules(),
                rules.setRuleMembers(), rules.endsDayRules());
        solution.setMaxRoomsMembers(rules.maxRoomsMembers());
        solution.setRoomPairRules(rules.roomPairRules());
        solution.setSlotSelectionMembers(rules.slotSelectionMembers());
        solution.setRestRules(rules.restRules());
        solution.setBuildingMembers(new BuildingRuleBuilder(this).members());
        return new CompiledProblem(problem, solution, slots, rooms.roomValues(), blocks.blockOfLesson(),
                rooms.bookingOfLesson());
    }

    private void groupIdenticalAtoms() {
        List<List<Integer>> lessonsOfAtom = new ArrayList<>();
        for (int a = 0; a < atomIndex.size(); a++) {
            lessonsOfAtom.add(new ArrayList<>());
        }
        for (int l = 0; l < lessons.size(); l++) {
            for (int a : lessonAtoms[l]) {
                lessonsOfAtom.get(a).add(l);
            }
        }
        atomResource = new int[atomIndex.size()];
        Map<List<Integer>, Integer> bySignature = new HashMap<>();
        int next = teacherIndex.size();
        for (int a = 0; a < atomResource.length; a++) {
            List<Integer> signature = lessonsOfAtom.get(a);
            if (signature.isEmpty()) {
                atomResource[a] = -1;
                continue;
            }
            Integer known = bySignature.get(signature);
            if (known == null) {
                known = next++;
                bySignature.put(signature, known);
            }
            atomResource[a] = known;
        }
        resourceCount = next;
    }

    /** Resources (teachers and subgroup classes) a lesson keeps busy. */
    int[] resourcesOf(int lesson) {
        int[] atoms = Arrays.stream(lessonAtoms[lesson]).map(a -> atomResource[a]).distinct().toArray();
        int[] all = Arrays.copyOf(lessonTeachers[lesson], lessonTeachers[lesson].length + atoms.length);
        System.arraycopy(atoms, 0, all, lessonTeachers[lesson].length, atoms.length);
        return all;
    }

    /** Lessons concerned by a resource: taught by the teacher, or attended by some subgroup of the set. */
    List<Integer> lessonsOf(ResourceRef ref) {
        List<Integer> result = new ArrayList<>();
        switch (ref.kind()) {
            case TEACHER -> {
                int t = require(teacherIndex, ref.id(), "teacher");
                for (int l = 0; l < lessons.size(); l++) {
                    if (contains(lessonTeachers[l], t)) {
                        result.add(l);
                    }
                }
            }
            case STUDENTS -> {
                int[] atoms = atomsOf(ref.id());
                for (int l = 0; l < lessons.size(); l++) {
                    if (intersects(lessonAtoms[l], atoms)) {
                        result.add(l);
                    }
                }
            }
            case ROOM -> throw new InvalidProblemException("no lessons belong to room " + ref.id());
        }
        return result;
    }

    int[] atomsOf(String studentSetId) {
        return set(studentSetId).subgroupIds().stream().mapToInt(atomIndex::get).sorted().toArray();
    }

    int lesson(String id) {
        return require(lessonIndex, id, "lesson");
    }

    int slot(Slot slot) {
        if (slot.day() < 0 || slot.day() >= days || slot.period() < 0 || slot.period() >= periods) {
            throw new InvalidProblemException("slot " + slot + " is outside the week");
        }
        return slot.day() * periods + slot.period();
    }

    static long periodMask(int duration) {
        return (1L << duration) - 1;
    }

    static Level level(Weight weight) {
        return weight.isHard() ? Level.HARD : Level.SOFT;
    }

    static long softWeight(Weight weight) {
        return Level.softUnits(weight.percent());
    }

    StudentSet set(String id) {
        StudentSet set = studentSets.get(id);
        if (set == null) {
            throw new InvalidProblemException("unknown student set " + id);
        }
        return set;
    }

    static <T> T require(Map<String, T> map, String id, String what) {
        T found = map.get(id);
        if (found == null) {
            throw new InvalidProblemException("unknown " + what + " " + id);
        }
        return found;
    }

    static boolean contains(int[] sorted, int value) {
        for (int v : sorted) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    static boolean intersects(int[] a, int[] b) {
        for (int x : a) {
            if (contains(b, x)) {
                return true;
            }
        }
        return false;
    }

    private static int lcm(int a, int b) {
        int x = a;
        int y = b;
        while (y != 0) {
            int t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }

    List<Constraint> constraints() {
        return problem.constraints();
    }

    Set<Slot> breaks() {
        return problem.week().breaks();
    }
}
