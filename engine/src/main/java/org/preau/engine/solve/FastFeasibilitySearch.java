package org.preau.engine.solve;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A fast phase for the hard rules before Timefold's search, on int arrays: teachers and pupils double-booked
 * (per week of the cycle), the hard time-window penalties of the starts, and every hard per-resource rule
 * (max/min hours daily, max hours continuously, gaps, max/min days per week, ...) and hard rule over a few
 * lessons (min/max days between, consecutive, ordered, ...), counted with the same functions as
 * {@link TimetableConstraints} ({@link ResourceCounts}, {@link SetCounts}). Greedy construction (hardest blocks
 * first), then min-conflicts with a tabu on (block, start): a random block in conflict moves to its best non-tabu
 * allowed start (ties broken by the seeded random), with an occasional random allowed start to leave plateaus
 * and a restart from the best after a long stagnation. Blocks only ever take one of their allowed starts.
 * Deterministic for a seed when it ends by reaching zero or by its iteration limit.
 *
 * <p>Not counted here: rooms and "ends students day"; Timefold's phases, which start from this assignment, score
 * the result exactly and repair them.
 */
final class FastFeasibilitySearch {

    private static final int NOISE_PER_MILLE = Integer.getInteger("preau.fastNoise", 30);

    private final List<LessonBlock> blocks;
    private final int slotCount;
    private final int days;
    private final int periods;
    // ---- hard rules counted exactly as TimetableConstraints does (SetCounts, ResourceCounts)
    private ResourceRule[] resourceRules = new ResourceRule[0];
    private SetRule[] setRules = new SetRule[0];
    /** Per set rule: the block of each member, and the members' current days and periods (-1 unplaced). */
    private int[][] memberBlock = new int[0][];
    private int[][] memberDay = new int[0][];
    private int[][] memberPeriod = new int[0][];
    /** Per block: indexes of its hard rules, resource rules first as r, set rules as resourceRules.length + r. */
    private int[][] rulesOfBlock;
    private int[] ruleCost = new int[0];
    /** Per resource (all uses, tagged views too): bookings per slot, busy periods per day, bookings in all. */
    private int[][] anyWeek;
    private long[][] busy;
    private int[] bookings;
    private int clashAndTime;
    private int ruleHard;
    private final int weeks;
    /** Per block: clash-checked uses as parallel arrays. */
    private final int[][] useResource;
    private final long[][] usePeriods;
    private final int[][] useWeeks;
    private final int[][] allowed;
    private final int[][] allUseResource;
    private final long[][] allUsePeriods;
    private final int[] start;
    /** count[(resource * weeks + week) * slotCount + slot]. */
    private final int[] count;
    private final int[] tabuUntil;
    private final SplittableRandom random;
    private final int[] conflicted;
    private final boolean[] inList;
    private int conflictedSize;
        private long iterations;

    FastFeasibilitySearch(TimetableSolution solution, int days, int periods, long seed) {
        this.blocks = solution.blocks();
        this.days = days;
        this.periods = periods;
        this.slotCount = days * periods;
        int n = blocks.size();
        useResource = new int[n][];
        usePeriods = new long[n][];
        useWeeks = new int[n][];
        allowed = new int[n][];
        int maxResource = 0;
        int weekBits = 0;
        for (int b = 0; b < n; b++) {
            LessonBlock block = blocks.get(b);
            List<ResourceUse> uses = block.uses().stream().filter(ResourceUse::clashChecked).toList();
            useResource[b] = new int[uses.size()];
            usePeriods[b] = new long[uses.size()];
            useWeeks[b] = new int[uses.size()];
            for (int u = 0; u < uses.size(); u++) {
                useResource[b][u] = uses.get(u).resource();
                usePeriods[b][u] = uses.get(u).periodMask();
                useWeeks[b][u] = uses.get(u).weekMask();
                maxResource = Math.max(maxResource, uses.get(u).resource());
                weekBits |= uses.get(u).weekMask();
            }
            allowed[b] = block.getAllowedStarts().stream().mapToInt(StartSlot::index).toArray();
        }
        weeks = Math.max(1, 32 - Integer.numberOfLeadingZeros(weekBits));
        allUseResource = new int[n][];
        allUsePeriods = new long[n][];
        int maxAny = maxResource;
        for (int b = 0; b < n; b++) {
            List<ResourceUse> uses = blocks.get(b).uses();
            allUseResource[b] = uses.stream().mapToInt(ResourceUse::resource).toArray();
            allUsePeriods[b] = uses.stream().mapToLong(ResourceUse::periodMask).toArray();
            for (int r : allUseResource[b]) {
                maxAny = Math.max(maxAny, r);
            }
        }
        for (ResourceRule rule : solution.getResourceRules()) {
            maxAny = Math.max(maxAny, rule.resource());
        }
        anyWeek = new int[maxAny + 1][slotCount];
        busy = new long[maxAny + 1][days];
        bookings = new int[maxAny + 1];
        compileRules(solution, n, maxAny);
        count = new int[(maxResource + 1) * weeks * slotCount];
        start = new int[n];
        java.util.Arrays.fill(start, -1);
        int maxSlots = slotCount;
        tabuUntil = new int[n * maxSlots];
        random = new SplittableRandom(seed);
        conflicted = new int[n];
        inList = new boolean[n];
    }

    int hardViolations() {
        return clashAndTime + ruleHard;
    }

    long iterations() {
        return iterations;
    }

    /** Places every block at the given starts (slot indexes, -1 unplaced); for tests and warm starts. */
    void assign(int[] starts) {
        restore(starts);
    }

    /** Starts of the blocks (slot indexes), -1 when unplaced. */
    int[] starts() {
        return start.clone();
    }

    /**
     * Runs until no counted hard violation is left, the deadline (System.nanoTime) passes or {@code maxIterations}
     * steps are done. Returns the counted hard violations of the best assignment, which is kept in {@link #starts}.
     */
    int solve(long deadlineNanos, long maxIterations) {
        construct();
        int[] best = start.clone();
        int bestHard = hardViolations();
        rebuildConflicted();
        int tenure = Integer.getInteger("preau.fastTenure", 10);
        int sinceBest = 0;
        while (hardViolations() > 0 && iterations < maxIterations) {
            if ((iterations & 255) == 0 && System.nanoTime() > deadlineNanos) {
                break;
            }
            if (iterations % 1000 == 0) {
                rebuildConflicted();
            }
            iterations++;
            int b = pickConflicted();
            if (b < 0) {
                rebuildConflicted();
                b = pickConflicted();
                if (b < 0) {
                    break;
                }
            }
            int from = start[b];
            place(b, -1);
            int chosen;
            if (random.nextInt(1000) < NOISE_PER_MILLE) {
                chosen = allowed[b][random.nextInt(allowed[b].length)];
            } else {
                chosen = -1;
                int chosenCost = Integer.MAX_VALUE;
                int ties = 0;
                for (int s : allowed[b]) {
                    if (s == from) {
                        continue;
                    }
                    int cost = insertionCost(b, s);
                    boolean tabu = tabuUntil[b * slotCount + s] > iterations;
                    if (tabu && hardViolations() + cost >= bestHard) {
                        continue; // aspiration: a tabu start only when it beats the best
                    }
                    if (cost < chosenCost) {
                        chosenCost = cost;
                        chosen = s;
                        ties = 1;
                    } else if (cost == chosenCost && random.nextInt(++ties) == 0) {
                        chosen = s;
                    }
                }
                if (chosen < 0) {
                    chosen = from;
                }
            }
            tabuUntil[b * slotCount + from] = (int) Math.min(Integer.MAX_VALUE, iterations + tenure + random.nextInt(tenure));
            place(b, chosen);
            markNeighbours(b);
            if (hardViolations() < bestHard) {
                bestHard = hardViolations();
                System.arraycopy(start, 0, best, 0, start.length);
                sinceBest = 0;
            } else if (++sinceBest > 20_000) {
                // stuck: restart from the best with a fresh tabu list
                restore(best);
                java.util.Arrays.fill(tabuUntil, 0);
                sinceBest = 0;
            }
        }
        if (hardViolations() > bestHard) {
            restore(best);
        }
        return hardViolations();
    }

    private void restore(int[] starts) {
        for (int b = 0; b < start.length; b++) {
            if (start[b] != starts[b]) {
                place(b, -1);
            }
        }
        for (int b = 0; b < start.length; b++) {
            if (start[b] != starts[b]) {
                place(b, starts[b]);
            }
        }
        rebuildConflicted();
    }

    /** Hardest blocks first (fewest allowed starts, then most resources), each at its cheapest start. */
    private void construct() {
        Integer[] order = new Integer[blocks.size()];
        for (int b = 0; b < order.length; b++) {
            order[b] = b;
        }
        java.util.Arrays.sort(order, (x, y) -> x.intValue() == y.intValue() ? 0
                : allowed[x].length != allowed[y].length ? Integer.compare(allowed[x].length, allowed[y].length)
                : useResource[x].length != useResource[y].length ? Integer.compare(useResource[y].length, useResource[x].length)
                : Integer.compare(x, y));
        for (int b : order) {
            int chosen = -1;
            int chosenCost = Integer.MAX_VALUE;
            int ties = 0;
            for (int s : allowed[b]) {
                int cost = insertionCost(b, s);
                if (cost < chosenCost) {
                    chosenCost = cost;
                    chosen = s;
                    ties = 1;
                } else if (cost == chosenCost && random.nextInt(++ties) == 0) {
                    chosen = s;
                }
            }
            place(b, chosen);
        }
    }

    /** Hard violations added by putting unplaced block b at slot s. */
    int insertionCost(int b, int s) {
        int cost = clashCost(b, s);
        if (rulesOfBlock[b].length > 0) {
            applyAny(b, s, +1);
            setMembers(b, s);
            for (int r : rulesOfBlock[b]) {
                cost += ruleCost(r) - ruleCost[r];
            }
            applyAny(b, s, -1);
            setMembers(b, -1);
        }
        return cost;
    }

    private int clashCost(int b, int s) {
        int cost = blocks.get(b).hardTimePenaltyAt(s);
        int[] res = useResource[b];
        for (int u = 0; u < res.length; u++) {
            for (int w = useWeeks[b][u]; w != 0; w &= w - 1) {
                int base = (res[u] * weeks + Integer.numberOfTrailingZeros(w)) * slotCount + s;
                for (long p = usePeriods[b][u]; p != 0; p &= p - 1) {
                    if (count[base + Long.numberOfTrailingZeros(p)] > 0) {
                        cost++;
                    }
                }
            }
        }
        return cost;
    }

    /** Moves block b to slot s (-1: takes it out), keeping the counters and the hard total. */
    private void place(int b, int s) {
        int old = start[b];
        if (old >= 0) {
            clashAndTime -= blocks.get(b).hardTimePenaltyAt(old);
            apply(b, old, -1);
            applyAny(b, old, -1);
        }
        start[b] = s;
        if (s >= 0) {
            clashAndTime += blocks.get(b).hardTimePenaltyAt(s);
            apply(b, s, +1);
            applyAny(b, s, +1);
        }
        setMembers(b, s);
        for (int r : rulesOfBlock[b]) {
            int cost = ruleCost(r);
            ruleHard += cost - ruleCost[r];
            ruleCost[r] = cost;
        }
    }

    private void setMembers(int b, int s) {
        for (int r : rulesOfBlock[b]) {
            int set = r - resourceRules.length;
            if (set < 0) {
                continue;
            }
            for (int m = 0; m < memberBlock[set].length; m++) {
                if (memberBlock[set][m] == b) {
                    memberDay[set][m] = s < 0 ? -1 : s / periods;
                    memberPeriod[set][m] = s < 0 ? -1 : s % periods;
                }
            }
        }
    }

    private void applyAny(int b, int s, int delta) {
        int day = s / periods;
        int period = s % periods;
        int[] res = allUseResource[b];
        for (int u = 0; u < res.length; u++) {
            int r = res[u];
            bookings[r] += delta;
            for (long p = allUsePeriods[b][u]; p != 0; p &= p - 1) {
                int q = period + Long.numberOfTrailingZeros(p);
                if ((anyWeek[r][day * periods + q] += delta) == 0) {
                    busy[r][day] &= ~(1L << q);
                } else {
                    busy[r][day] |= 1L << q;
                }
            }
        }
    }

    /** The current cost of hard rule r, as the constraint streams count it. */
    private int ruleCost(int r) {
        if (r < resourceRules.length) {
            ResourceRule rule = resourceRules[r];
            if (bookings[rule.resource()] == 0) {
                return 0; // no week load for the resource: the stream has nothing to join
            }
            WeekLoad load = new WeekLoad(rule.resource(), true, busy[rule.resource()], 0);
            return switch (rule.kind()) {
                case MAX_HOURS_DAILY -> ResourceCounts.maxHoursDaily(rule, load);
                case MIN_HOURS_DAILY -> ResourceCounts.minHoursDaily(rule, load);
                case MAX_HOURS_CONTINUOUSLY -> ResourceCounts.maxHoursContinuously(rule, load);
                case MAX_GAPS_PER_DAY -> ResourceCounts.maxGapsPerDay(rule, load);
                case MAX_GAPS_PER_WEEK -> ResourceCounts.maxGapsPerWeek(rule, load);
                case MAX_DAYS_PER_WEEK -> ResourceCounts.maxDaysPerWeek(rule, load);
                case MIN_DAYS_PER_WEEK -> ResourceCounts.minDaysPerWeek(rule, load);
                case INTERVAL_MAX_DAYS_PER_WEEK -> ResourceCounts.intervalMaxDaysPerWeek(rule, load);
                case EARLY_MAX_BEGINNINGS_AT_SECOND_HOUR -> ResourceCounts.earlyMaxBeginningsAtSecondHour(rule, load);
            };
        }
        int set = r - resourceRules.length;
        for (int day : memberDay[set]) {
            if (day < 0) {
                return 0;
            }
        }
        SetRulePlacement p = new SetRulePlacement(setRules[set], memberDay[set], memberPeriod[set]);
        return switch (setRules[set].kind()) {
            case MIN_DAYS_BETWEEN -> SetCounts.minDaysBetween(p);
            case MAX_DAYS_BETWEEN -> SetCounts.maxDaysBetween(p);
            case CONSECUTIVE -> SetCounts.consecutive(p);
            case ORDERED -> SetCounts.ordered(p);
            case GROUPED -> SetCounts.grouped(p);
            case SAME_STARTING_TIME -> SetCounts.sameStartingTime(p);
            case SAME_DAY -> SetCounts.sameDay(p);
            case SAME_STARTING_PERIOD -> SetCounts.sameStartingPeriod(p);
            case NOT_OVERLAPPING -> SetCounts.notOverlapping(p);
        };
    }

    /** Hard resource and set rules, indexed per block. */
    private void compileRules(TimetableSolution solution, int n, int maxAny) {
        List<ResourceRule> resource = solution.getResourceRules().stream().filter(r -> r.level() == Level.HARD).toList();
        resourceRules = resource.toArray(ResourceRule[]::new);
        java.util.Map<SetRule, List<SetRuleMember>> members = new java.util.LinkedHashMap<>();
        for (SetRuleMember member : solution.getSetRuleMembers()) {
            if (member.rule().level() == Level.HARD) {
                members.computeIfAbsent(member.rule(), k -> new java.util.ArrayList<>()).add(member);
            }
        }
        setRules = members.keySet().toArray(SetRule[]::new);
        memberBlock = new int[setRules.length][];
        memberDay = new int[setRules.length][];
        memberPeriod = new int[setRules.length][];
        for (int i = 0; i < setRules.length; i++) {
            int size = setRules[i].size();
            memberBlock[i] = new int[size];
            java.util.Arrays.fill(memberBlock[i], -1);
            for (SetRuleMember member : members.get(setRules[i])) {
                memberBlock[i][member.position()] = member.block();
            }
            memberDay[i] = new int[size];
            memberPeriod[i] = new int[size];
            java.util.Arrays.fill(memberDay[i], -1);
            java.util.Arrays.fill(memberPeriod[i], -1);
        }
        List<java.util.Set<Integer>> perBlock = new java.util.ArrayList<>();
        for (int b = 0; b < n; b++) {
            perBlock.add(new java.util.TreeSet<>());
        }
        List<List<Integer>> rulesOfResource = new java.util.ArrayList<>();
        for (int r = 0; r <= maxAny; r++) {
            rulesOfResource.add(new java.util.ArrayList<>());
        }
        for (int r = 0; r < resourceRules.length; r++) {
            rulesOfResource.get(resourceRules[r].resource()).add(r);
        }
        for (int b = 0; b < n; b++) {
            for (int res : allUseResource[b]) {
                perBlock.get(b).addAll(rulesOfResource.get(res));
            }
        }
        for (int i = 0; i < setRules.length; i++) {
            for (int b : memberBlock[i]) {
                if (b >= 0) {
                    perBlock.get(b).add(resourceRules.length + i);
                }
            }
        }
        rulesOfBlock = new int[n][];
        for (int b = 0; b < n; b++) {
            rulesOfBlock[b] = perBlock.get(b).stream().mapToInt(Integer::intValue).toArray();
        }
        ruleCost = new int[resourceRules.length + setRules.length];
    }

    private void apply(int b, int s, int delta) {
        int[] res = useResource[b];
        for (int u = 0; u < res.length; u++) {
            for (int w = useWeeks[b][u]; w != 0; w &= w - 1) {
                int base = (res[u] * weeks + Integer.numberOfTrailingZeros(w)) * slotCount + s;
                for (long p = usePeriods[b][u]; p != 0; p &= p - 1) {
                    int cell = base + Long.numberOfTrailingZeros(p);
                    if (delta > 0) {
                        if (++count[cell] > 1) {
                            clashAndTime++;
                        }
                    } else if (count[cell]-- > 1) {
                        clashAndTime--;
                    }
                }
            }
        }
    }

    /** Hard violations block b takes part in where it is (clashes of its cells and its time penalty). */
    private int conflictOf(int b) {
        int s = start[b];
        if (s < 0) {
            return 0;
        }
        int cost = blocks.get(b).hardTimePenaltyAt(s);
        for (int r : rulesOfBlock[b]) {
            cost += ruleCost[r];
        }
        int[] res = useResource[b];
        for (int u = 0; u < res.length; u++) {
            for (int w = useWeeks[b][u]; w != 0; w &= w - 1) {
                int base = (res[u] * weeks + Integer.numberOfTrailingZeros(w)) * slotCount + s;
                for (long p = usePeriods[b][u]; p != 0; p &= p - 1) {
                    if (count[base + Long.numberOfTrailingZeros(p)] > 1) {
                        cost++;
                    }
                }
            }
        }
        return cost;
    }

    private void rebuildConflicted() {
        conflictedSize = 0;
        java.util.Arrays.fill(inList, false);
        for (int b = 0; b < start.length; b++) {
            if (conflictOf(b) > 0 && allowed[b].length > 1) {
                conflicted[conflictedSize++] = b;
                inList[b] = true;
            }
        }
    }

    private void markNeighbours(int b) {
        if (!inList[b] && conflictOf(b) > 0 && allowed[b].length > 1) {
            inList[b] = true;
            conflicted[conflictedSize++] = b;
        }
        for (int n : blocks.get(b).neighbours()) {
            mark(n);
        }
        for (int r : rulesOfBlock[b]) {
            if (r >= resourceRules.length && ruleCost[r] > 0) {
                for (int n : memberBlock[r - resourceRules.length]) {
                    if (n >= 0) {
                        mark(n);
                    }
                }
            }
        }
    }

    private void mark(int n) {
        if (!inList[n] && allowed[n].length > 1 && conflictOf(n) > 0) {
            inList[n] = true;
            conflicted[conflictedSize++] = n;
        }
    }

    /** A random block in conflict, dropping the ones that no longer are; -1 if none. */
    private int pickConflicted() {
        while (conflictedSize > 0) {
            int i = random.nextInt(conflictedSize);
            int b = conflicted[i];
            if (conflictOf(b) > 0) {
                return b;
            }
            conflicted[i] = conflicted[--conflictedSize];
            inList[b] = false;
        }
        return -1;
    }
}
