package org.preau.engine.solve;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A fast phase for the hard rules before Timefold's search, on int arrays: teachers and pupils double-booked
 * (per week of the cycle), the hard time-window penalties of the starts, and every hard per-resource rule
 * (max/min hours daily, max hours continuously, gaps, max/min days per week, ...) and hard rule over a few
 * lessons (min/max days between, consecutive, ordered, ...), counted with the same functions as
 * {@link TimetableConstraints} ({@link ResourceCounts}, {@link SetCounts}). Greedy construction (hardest blocks
 * first), then min-conflicts with a tabu on (block, start): of a few random blocks in conflict ({@link #SAMPLE}),
 * the one whose best non-tabu allowed start (or Kempe swap) gains most is moved there, ties broken by the soft
 * rules ({@link SoftGuide}) and then by the seeded random, with an occasional random start to leave plateaus and a
 * restart from the best after a long stagnation; some moves are {@link EjectionChain}s. Moves are chosen on
 * breakout weights (see {@link #cellWeight}). Blocks only ever take one of their allowed starts.
 * Deterministic for a seed when it ends by reaching zero or by its iteration limit.
 *
 * <p>Rooms are counted as {@link RoomPools} (whether rooms can be found, not which); Timefold's phases, which start
 * from this assignment with rooms given by {@link RoomAssigner}, score the result exactly and repair the rest.
 */
final class FastFeasibilitySearch {

    /**
     * Moves that go to a random start instead of the best. 1 % measured against 3 % (fast phase alone, 15 s, seeds
     * 1-4, hard violations left in all): hungary 47 against 57, italy 6 against 20, germany-gyr (seeds 3-4) 82 against 80.
     */
    private static final int NOISE_PER_MILLE = Integer.getInteger("preau.fastNoise", 10);
    private static final int RESTART_MOVES = Integer.getInteger("preau.restartMoves", 4_000);
    /**
     * Blocks in conflict looked at per move: {@link #SAMPLE_FIRST} at first, one more after each restart from the
     * best, up to this. Measured with the fast phase alone for 15 s, seeds 1 and 2, hard violations left with a
     * fixed sample: italy 62 with 1 block, 11-12 with 3, 4-7 with 6, 9 with 10; hungary 149, 14-22, 17-26, 32;
     * germany-gyr 29-33 with 3, 61-66 with 6 (moves cost more); from 3 up to 6: italy 3-8, hungary 16-17,
     * germany 35-39. Brazil and spain-secondary reach 0 in 3-5 s.
     */
    private static final int SAMPLE = Integer.getInteger("preau.sample", 6);
    private static final int SAMPLE_FIRST = Integer.getInteger("preau.sampleFirst", 3);
    /** {@code -Dpreau.weightReset=true} puts every weight back to 1 at each restart from the best. */
    private static final boolean WEIGHT_RESET = !"false".equals(System.getProperty("preau.weightReset"));
    /** {@code -Dpreau.kempe=false} leaves the fast phase with single-block moves only (for comparisons). */
    private static final boolean KEMPE = !"false".equals(System.getProperty("preau.kempe"));
    /** {@code -Dpreau.weights=false} chooses moves on the plain count (for comparisons). */
    private static final boolean WEIGHTS = !"false".equals(System.getProperty("preau.weights"));
    /** At each restart with at most this many hard violations left, {@link #REBUILDS} two-day rebuilds are tried. */
    private static final int REBUILD_BELOW = Integer.getInteger("preau.rebuildBelow", 3);
    private static final int REBUILDS = Integer.getInteger("preau.rebuilds", 20);
    /**
     * Soft "min days between" rules of at least this weight (in soft units: 95 %, FET's default for a split
     * activity) that a {@link #promoting} search counts with the hard rules. FET's own search keeps a rule of weight
     * w with probability w, so that a 95 % rule is nearly hard there, and its timetables break few of them:
     * italy-liceo, 60 s, 13 of 271 against 35 after Timefold's soft search, which starts from the 92 the fast phase
     * leaves and cannot leave the feasible region.
     */
    static final long PROMOTED_WEIGHT = Level.softUnits(95);
    /**
     * In a promoting search, what a hard violation weighs against a broken promoted rule unless {@link #weighHard}
     * says otherwise (the heavy "min days" pass's second try: {@link HeavyMinDaysPass#SECOND_TRY_HARD_WEIGHT}). Measured on italy-liceo
     * with the first pass promoting (branch {@code experiment/promoted-min-days}), 60 s, seed 0, soft in FET units
     * after Timefold: 12 reached zero at 21 s and 38.05, 6 at 32 s and 41.50, 3 and 1 left 3 and 11 hard violations.
     */
    static final int PROMOTED_HARD_WEIGHT = 12;
    /** Whether this search also counts the heavy soft "min days" rules ({@link #PROMOTED_WEIGHT}). */
    private final boolean promoting;
    /** In a promoting search, what a hard violation weighs against a broken promoted rule ({@link #weighHard}). */
    private int hardWeight = PROMOTED_HARD_WEIGHT;

    /** Sets what a hard violation weighs against a broken promoted rule, before the search starts. */
    void weighHard(int weight) {
        hardWeight = weight;
    }

    /** Whether a search of the solution could promote rules: some soft "min days between" rule is heavy enough. */
    static boolean hasPromotableRules(TimetableSolution solution) {
        return solution.getSetRuleMembers().stream().anyMatch(member -> isPromotable(member.rule()));
    }

    private static boolean isPromotable(SetRule rule) {
        return MendMinDaysMoves.isSoftMinDays(rule) && rule.softWeight() >= PROMOTED_WEIGHT;
    }

    private boolean promotes(SetRule rule) {
        return promoting && isPromotable(rule);
    }

    /** Per rule index: a promoted rule, and one given up ({@link #releaseBroken}). */
    private boolean[] promotedRule = new boolean[0];
    private boolean[] released = new boolean[0];
    /** The part of {@link #hardViolations} that promoted rules count. */
    private int promotedCost;
    /** In a promoting search, the best {@link #objective} seen (the assignment is in {@link #best}). */
    private long bestObjective = Long.MAX_VALUE;

    /**
     * How a search moves: the ejection chains it makes per thousand moves, and at how many starts at most it
     * tries a Kempe swap (0: at every start where the block would clash).
     */
    record Style(int chainPerMille, int kempeStarts) {
        /** 5 % chains ({@code -Dpreau.chain=0} for none, to compare), Kempe swaps everywhere. */
        static final Style DEFAULT = new Style(Integer.getInteger("preau.chain", 50), 0);
    }

    private final Style style;
    /** Plain costs of a block's starts, for {@link #kempeLimit}. */
    private final int[] plainBuffer;
    /** Per start: the insertion cost and plain count {@link #kempeLimit} found, for the evaluation that follows. */
    private final long[] startCost;
    private final int[] startPlain;
    private boolean costsKnown;

    private final List<LessonBlock> blocks;
    private final int slotCount;
    private final int days;
    private final int periods;
    // ---- hard rules counted exactly as TimetableConstraints does (SetCounts, ResourceCounts)
    private ResourceRule[] resourceRules = new ResourceRule[0];
    private SetRule[] setRules = new SetRule[0];
    /** Hard "ends students day" rules, indexed after the set rules. */
    private EndsDayRule[] endsDayRules = new EndsDayRule[0];
    /** Hard building rules, indexed from {@link #firstBuildingRule}, after the "ends students day" rules. */
    private FastBuildingRules buildingRules;
    /** While {@link #addedRuleCost} asks: the block taken out and the start it asks about, for the building rules. */
    private int probeBlock = -1;
    private int probeSlot = -1;
    /** Per set rule: the block of each member, and the members' current days and periods (-1 unplaced). */
    private int[][] memberBlock = new int[0][];
    private int[][] memberDay = new int[0][];
    private int[][] memberPeriod = new int[0][];
    /**
     * Per block: indexes of its hard rules, resource rules first as r, set rules as resourceRules.length + r, then
     * the "ends students day" rules and the building rules.
     */
    private int[][] rulesOfBlock;
    private int[] ruleCost = new int[0];
    /**
     * Per hard resource rule and day: the day's own violations and its share of the weekly quantity, packed
     * ({@link ResourceDayTables#violations}), and per rule their sum over the week.
     */
    private int[][] dayCounts;
    private int[] weekCounts;
    private ResourceDayTables dayTables;
    /** Per block: the set rules it is a member of, and its position in each. */
    private int[][] setsOfBlock;
    /** Per set rule: members without a start (the rule counts only once all have one, as the streams do). */
    private int[] unplacedMembers;
    private int[][] positionsOfBlock;
    /** Per resource (all uses, tagged views too): bookings per slot, busy periods per day, bookings in all. */
    private int[][] anyWeek;
    private long[][] busy;
    private int[] bookings;
    private int clashAndTime;
    private int ruleHard;
    /**
     * Breakout weights: each clash cell, hard rule and block's time penalty starts at 1 and gains 1 each time a
     * block in it finds no better start. Moves are chosen on the weighted total, so a violation the search keeps
     * falling back to grows heavier until it pays to undo something else; the best is still kept on the plain count.
     */
    private final int[] cellWeight;
    private int[] ruleWeight = new int[0];
    private final int[] timeWeight;
    private long weighted;
    /** The move found by {@link #evaluate}. */
    private int moveSlot;
    private boolean moveKempe;
    private long moveDelta;
    private int sample = SAMPLE_FIRST;
    /** The best assignment seen, its count, and the moves made since. */
    private int[] best;
    private int bestHard;
    private int sinceBest;
    private final int tenure = Integer.getInteger("preau.fastTenure", 10);
    /** The plain (unweighted) count of the last {@link #insertionCost} call. */
    private int lastPlainCost;
    /** Set while the ejection chain asks for costs: it pushes out the blocks "min days" rules put in the way. */
    private boolean skipMinDays;
    private final int weeks;
    /** Per block: the resource of each clash-checked use (teachers, pupils, room pools). */
    private final int[][] useResource;
    /**
     * Per block: its clash cells as indexes into {@link #count} for a start at slot 0 (add the start), and how
     * many bookings each holds without a clash; built once so that the hot loops walk one flat array.
     */
    private final int[][] cellOffset;
    private final int[][] cellCapacity;
    /** Cells from this index of {@link #count} on belong to room pools. */
    private final int firstPoolCell;
    private final int[][] allowed;
    /** Per block: its uses of resources that some hard resource rule looks at (busy periods are kept for those only). */
    private int[][] allUseResource;
    private long[][] allUsePeriods;
    private final int[] start;
    /** count[(resource * weeks + week) * slotCount + slot]. */
    private final int[] count;
    private final int[] tabuUntil;
    private final RoomPools rooms;
    private final KempeSwap kempeSwap;
    private final EjectionChain ejection;
    private final TwoDayRebuild rebuild;
    private final SoftGuide soft;
    /** Clash-checked resources from this index on are room pools. */
    private final int firstPool;
    /** Per clash-checked resource: how many bookings a cell holds without a clash (1, or a pool's rooms). */
    private final int[] capacity;
    /** The part of the hard count about rooms (pools booked beyond their rooms, fixed rooms closed). */
    private int roomViolations;
    private final SplittableRandom random;
    private final int[] conflicted;
    private final boolean[] inList;
    private int conflictedSize;
    private long iterations;
    private long work;
    /** {@link #advance} stops when {@link #work} reaches this ({@link #stretch}). */
    private long pauseAt = Long.MAX_VALUE;
    /** Per block and start: violations a {@link #checkAtZero check} found there (empty until one does). */
    private int[] learned = new int[0];
    private Function<int[], int[]> zeroCheck;
    private volatile int published = Integer.MAX_VALUE;
    private volatile long publishedMoves;

    FastFeasibilitySearch(TimetableSolution solution, int days, int periods, long seed) {
        this(solution, days, periods, seed, Style.DEFAULT);
    }

    FastFeasibilitySearch(TimetableSolution solution, int days, int periods, long seed, Style style) {
        this(solution, days, periods, seed, style, false);
    }

    FastFeasibilitySearch(TimetableSolution solution, int days, int periods, long seed, Style style, boolean promoting) {
        this.promoting = promoting;
        this.style = style;
        this.plainBuffer = new int[days * periods];
        this.startCost = new long[days * periods];
        this.startPlain = new int[days * periods];
        this.blocks = solution.blocks();
        this.days = days;
        this.periods = periods;
        this.slotCount = days * periods;
        int n = blocks.size();
        useResource = new int[n][];
        long[][] usePeriods = new long[n][];
        int[][] useWeeks = new int[n][];
        allowed = new int[n][];
        int maxResource = 0;
        int weekBits = 0;
        for (LessonBlock block : blocks) {
            for (ResourceUse use : block.uses()) {
                maxResource = Math.max(maxResource, use.resource());
            }
        }
        rooms = new RoomPools(solution, days, periods);
        firstPool = maxResource + 1;
        for (int b = 0; b < n; b++) {
            LessonBlock block = blocks.get(b);
            List<ResourceUse> uses = block.uses().stream().filter(ResourceUse::clashChecked).toList();
            List<RoomPools.PoolUse> pools = rooms.usesOf(b);
            int size = uses.size() + pools.size();
            useResource[b] = new int[size];
            usePeriods[b] = new long[size];
            useWeeks[b] = new int[size];
            for (int u = 0; u < uses.size(); u++) {
                useResource[b][u] = uses.get(u).resource();
                usePeriods[b][u] = uses.get(u).periodMask();
                useWeeks[b][u] = uses.get(u).weekMask();
                weekBits |= uses.get(u).weekMask();
            }
            for (int u = 0; u < pools.size(); u++) {
                useResource[b][uses.size() + u] = firstPool + pools.get(u).pool();
                usePeriods[b][uses.size() + u] = pools.get(u).periodMask();
                useWeeks[b][uses.size() + u] = pools.get(u).weekMask();
                weekBits |= pools.get(u).weekMask();
            }
            allowed[b] = block.getAllowedStarts().stream().mapToInt(StartSlot::index)
                    .filter(block::fastPhaseAllows).toArray();
        }
        capacity = new int[firstPool + rooms.poolCount()];
        java.util.Arrays.fill(capacity, 1);
        for (int p = 0; p < rooms.poolCount(); p++) {
            capacity[firstPool + p] = rooms.capacity(p);
        }
        weeks = Math.max(1, 32 - Integer.numberOfLeadingZeros(weekBits));
        firstPoolCell = firstPool * weeks * slotCount;
        cellOffset = new int[n][];
        cellCapacity = new int[n][];
        for (int b = 0; b < n; b++) {
            List<int[]> cells = new java.util.ArrayList<>();
            for (int u = 0; u < useResource[b].length; u++) {
                int res = useResource[b][u];
                for (int w = useWeeks[b][u]; w != 0; w &= w - 1) {
                    for (long p = usePeriods[b][u]; p != 0; p &= p - 1) {
                        cells.add(new int[] {(res * weeks + Integer.numberOfTrailingZeros(w)) * slotCount
                                + Long.numberOfTrailingZeros(p), capacity[res]});
                    }
                }
            }
            cellOffset[b] = cells.stream().mapToInt(c -> c[0]).toArray();
            cellCapacity[b] = cells.stream().mapToInt(c -> c[1]).toArray();
        }
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
        keepRuledUsesOnly(maxAny);
        count = new int[capacity.length * weeks * slotCount];
        for (int p = 0; p < rooms.poolCount(); p++) {
            for (int w = 0; w < weeks; w++) {
                for (int s = 0; s < slotCount; s++) {
                    // a closed room of a pool is a place booked in every week from the start
                    count[((firstPool + p) * weeks + w) * slotCount + s] = rooms.closedRooms(p, s);
                }
            }
        }
        cellWeight = new int[count.length];
        java.util.Arrays.fill(cellWeight, 1);
        timeWeight = new int[n];
        java.util.Arrays.fill(timeWeight, 1);
        start = new int[n];
        java.util.Arrays.fill(start, -1);
        int maxSlots = slotCount;
        tabuUntil = new int[n * maxSlots];
        random = new SplittableRandom(seed);
        conflicted = new int[n];
        inList = new boolean[n];
        kempeSwap = new KempeSwap(this, blocks, slotCount, periods);
        soft = new SoftGuide(solution, periods);
        ejection = new EjectionChain(this, blocks, slotCount, periods, seed);
        rebuild = new TwoDayRebuild(this, blocks, slotCount, periods, seed);
    }

    int startOf(int b) {
        return start[b];
    }

    /** Moves block b to slot s (-1: out), for {@link KempeSwap}. */
    void placeAt(int b, int s) {
        place(b, s);
    }

    int hardViolations() {
        return clashAndTime + ruleHard;
    }

    /** The hard violations, each weighted by its breakout weight: what the moves are chosen on. */
    long weightedViolations() {
        return weighted;
    }

    /** The part of {@link #hardViolations} about rooms, which Timefold counts only once rooms are assigned. */
    int roomViolations() {
        return roomViolations;
    }

    /** Hard time-window violations of block b at slot s, its fixed rooms' closings and {@link #learned} included. */
    private int timePenalty(int b, int s) {
        int penalty = blocks.get(b).hardTimePenaltyAt(s) + rooms.closedPenalty(b, s);
        return learned.length == 0 ? penalty : penalty + learned[b * slotCount + s];
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
     * Runs until no counted hard violation is left, the deadline (System.nanoTime) passes, {@code maxIterations}
     * steps are done or its thread is interrupted (the interrupt is left set). Returns the counted hard violations
     * of the best assignment, which is kept in {@link #starts}.
     */
    int solve(long deadlineNanos, long maxIterations) {
        return solve(deadlineNanos, maxIterations, new AtomicLong(Long.MAX_VALUE));
    }

    /**
     * As {@link #solve(long, long)}, also stopping once its {@link #work} reaches a line other searches may lower
     * while this one runs; on reaching zero, lowers the line to its own work ({@link FastSearchPortfolio}: the
     * others stop once they have done as much), and on an interrupt of its thread, below any work (all stop).
     */
    int solve(long deadlineNanos, long maxIterations, AtomicLong finishLine) {
        begin(deadlineNanos);
        stretch(deadlineNanos, maxIterations, finishLine, Long.MAX_VALUE);
        return end();
    }

    /**
     * One stretch of {@link #solve} for {@link FastSearchPortfolio}, which stops its searches at the same work
     * now and then to share their best: the construction on the first call, then moves until the search is over
     * or its work reaches {@code pauseAt}. Returns whether it is over (zero, deadline, move limit, finish line or
     * interrupt); {@link #end} then gives its result.
     */
    boolean stretch(long deadlineNanos, long maxIterations, AtomicLong finishLine, long pauseAt) {
        if (best == null) {
            begin(deadlineNanos);
        }
        this.pauseAt = pauseAt;
        advance(maxIterations, finishLine, deadlineNanos);
        while (realHard() == 0 && refutedAtZero()) {
            advance(maxIterations, finishLine, deadlineNanos);
        }
        if (realHard() == 0) {
            finishLine.accumulateAndGet(work, Math::min);
        }
        return realHard() == 0 || work >= finishLine.get() || iterations >= maxIterations
                || System.nanoTime() > deadlineNanos || Thread.currentThread().isInterrupted();
    }

    /** The best count this search has reached (its own count: blocks refuted at zero weigh on its starts only). */
    int bestHard() {
        return bestHard;
    }

    /** The best assignment this search has reached. */
    int[] bestStarts() {
        return best.clone();
    }

    /**
     * Goes on from another search's best assignment, with a fresh tabu list and weights: what a stuck search does
     * with its own best, with a better one.
     */
    void adopt(int[] starts) {
        restore(starts);
        java.util.Arrays.fill(tabuUntil, 0);
        lighter();
        bestHard = hardViolations();
        published = bestHard;
        System.arraycopy(start, 0, best, 0, start.length);
        sinceBest = 0;
    }

    /**
     * The search's work so far, counted in cells and rules looked at: unlike moves, whose cost differs much between
     * {@link Style styles}, it grows about as the time spent, and unlike the time it is the same on every run.
     */
    long work() {
        return work;
    }

    /**
     * Sets a check of an assignment the search counts as free of hard violations, for what it does not count
     * exactly: the blocks it returns (rooms, see {@link RoomAssigner#blocksWithoutRoom}) are each given one more
     * hard violation at their current start, and the search goes on. Must be safe to call from the search's thread.
     */
    void checkAtZero(Function<int[], int[]> check) {
        zeroCheck = check;
    }

    /** At zero: whether the check refutes it; if so the refuted blocks' starts now count, and the best is this. */
    private boolean refutedAtZero() {
        if (zeroCheck == null) {
            return false;
        }
        int[] refuted = zeroCheck.apply(start.clone());
        if (refuted.length == 0) {
            return false;
        }
        if (learned.length == 0) {
            learned = new int[start.length * slotCount];
        }
        for (int b : refuted) {
            int s = start[b];
            place(b, -1);
            learned[b * slotCount + s]++;
            place(b, s);
            markNeighbours(b);
        }
        bestHard = hardViolations();
        published = bestHard;
        System.arraycopy(start, 0, best, 0, start.length);
        sinceBest = 0;
        return true;
    }

    /** The best count so far, readable from another thread while {@link #solve} runs (for progress lines). */
    int bestSoFar() {
        return published;
    }

    /** Moves made so far, readable from another thread (updated every few hundred moves). */
    long movesSoFar() {
        return publishedMoves;
    }

    /** The greedy construction, which the moves then improve. */
    private void begin(long deadlineNanos) {
        construct(deadlineNanos);
        if (promoting) {
            lighter();
            bestObjective = objective();
        }
        best = start.clone();
        bestHard = hardViolations();
        published = bestHard;
        rebuildConflicted();
    }

    /** Moves until no hard violation is counted, the deadline passes, or the move limit or work line is reached. */
    private void advance(long maxIterations, AtomicLong finishLine, long deadlineNanos) {
        while (realHard() > 0 && iterations < maxIterations && work < finishLine.get() && work < pauseAt) {
            if ((iterations & 255) == 0) {
                publishedMoves = iterations;
                if (System.nanoTime() > deadlineNanos) {
                    return;
                }
                if (Thread.currentThread().isInterrupted()) {
                    finishLine.set(Long.MIN_VALUE); // a cancelled solve: the searches on other threads stop too
                    return;
                }
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
                    return;
                }
            }
            move(b);
        }
    }

    /** Goes back to the best assignment seen; returns its counted hard violations. */
    int end() {
        if (promoting ? realHard() > 0 && objective() > bestObjective : hardViolations() > bestHard) {
            restore(best);
        }
        return realHard();
    }

    /** One min-conflicts move of block b or of a better one among a few in conflict, or an ejection chain from b. */
    private void move(int b) {
        int chosen;
        boolean kempe = false;
        boolean stuck = false;
        if (style.chainPerMille() > 0 && random.nextInt(1000) < style.chainPerMille()) {
            int moved = ejection.apply(b);
            for (int i = 0; i < moved; i++) {
                markNeighbours(ejection.pushed(i));
            }
            markNeighbours(b);
            keepBestOrRestart();
            return;
        }
        if (random.nextInt(1000) < NOISE_PER_MILLE) {
            chosen = allowed[b][random.nextInt(allowed[b].length)];
        } else {
            evaluate(b);
            long delta = moveDelta;
            chosen = moveSlot;
            kempe = moveKempe;
            for (int k = 1; k < sample; k++) { // the best move of a few blocks in conflict
                int other = pickConflicted();
                if (other < 0 || other == b) {
                    continue;
                }
                evaluate(other);
                if (moveDelta < delta) {
                    b = other;
                    delta = moveDelta;
                    chosen = moveSlot;
                    kempe = moveKempe;
                }
            }
            stuck = delta >= 0;
        }
        int from = start[b];
        if (kempe) {
            kempeSwap.prepare(b);
        }
        place(b, -1);
        tabuUntil[b * slotCount + from] = (int) Math.min(Integer.MAX_VALUE, iterations + tenure + random.nextInt(tenure));
        if (kempe) {
            int moved = kempeSwap.apply(b, from, chosen);
            for (int i = 0; i < moved; i++) {
                int d = kempeSwap.displaced(i);
                tabuUntil[d * slotCount + kempeSwap.origin(i)] =
                        (int) Math.min(Integer.MAX_VALUE, iterations + tenure + random.nextInt(tenure));
                markNeighbours(d);
            }
        } else {
            place(b, chosen);
        }
        if (stuck && WEIGHTS) {
            heavier(b);
        }
        markNeighbours(b);
        keepBestOrRestart();
    }

    /** After a move: keeps a new best, or restarts from the best after {@link #RESTART_MOVES} moves without one. */
    private void keepBestOrRestart() {
        if (promoting ? objective() < bestObjective : hardViolations() < bestHard) {
            bestObjective = objective();
            bestHard = hardViolations();
            published = bestHard;
            System.arraycopy(start, 0, best, 0, start.length);
            sinceBest = 0;
        } else if (++sinceBest % RESTART_MOVES == 0) {
            // stuck: restart from the best with a fresh tabu list
            restore(best);
            java.util.Arrays.fill(tabuUntil, 0);
            if (WEIGHT_RESET) {
                lighter();
            }
            sample = Math.min(SAMPLE, sample + 1);
            if (promoting && realHard() > 0) {
                releaseBroken();
            }
            rebuildNearZero();
        }
    }

    /** Tries {@link TwoDayRebuild}s around blocks in conflict when few violations are left; keeps each gain. */
    private void rebuildNearZero() {
        if (bestHard > REBUILD_BELOW || days < 2) {
            return;
        }
        for (int i = 0; i < REBUILDS && hardViolations() > 0; i++) {
            int c = pickConflicted();
            if (c < 0) {
                return;
            }
            if (rebuild.apply(c, hardViolations() - 1, days)) {
                for (int k = 0; k < rebuild.size(); k++) {
                    markNeighbours(rebuild.member(k));
                }
                bestHard = hardViolations();
                published = bestHard;
                System.arraycopy(start, 0, best, 0, start.length);
                sinceBest = 0;
            }
        }
    }

    /**
     * The best move of block b (taken out, then put back): its non-tabu start, or a Kempe swap, that adds the
     * least weighted violations, ties broken by the soft rules between plain moves, then by the seeded random; a
     * tabu start only when it beats the best
     * count (aspiration). Leaves the move in {@link #moveSlot}, {@link #moveKempe} and {@link #moveDelta}
     * (the change of the weighted total; the start it has when nothing else is allowed).
     */
    private void evaluate(int b) {
        int from = start[b];
        long before = weighted;
        place(b, -1);
        int chosen = -1;
        boolean kempe = false;
        long chosenCost = Long.MAX_VALUE;
        long chosenSoft = Long.MAX_VALUE;
        int ties = 0;
        int removed = hardViolations();
        long removedWeighted = weighted;
        if (KEMPE) {
            kempeSwap.prepare(b);
        }
        int kempeLimit = KEMPE ? kempeLimit(b, from) : 0;
        long ruleFloor = ruleFloor(b);
        int plainFloor = -rulesCountNow(b);
        for (int s : allowed[b]) {
            if (s == from) {
                continue;
            }
            boolean tabu = tabuUntil[b * slotCount + s] > iterations;
            long cost;
            int plain;
            boolean contender = true;
            if (costsKnown) {
                cost = startCost[s];
                plain = startPlain[s];
            } else {
                cost = clashCost(b, s, false);
                plain = lastPlainCost;
                // the rules are counted only when the start may be chosen, or when the Kempe test below needs
                // them (the clashes alone do not tell whether the count is positive)
                if (cost + ruleFloor <= chosenCost || (kempeLimit != 0 && plain + plainFloor <= 0)) {
                    cost += addedRuleCost(b, s);
                    plain = lastPlainCost;
                } else {
                    contender = false;
                }
            }
            if (contender && (!tabu || removed + plain < bestHard)) {
                if (cost < chosenCost) {
                    chosenCost = cost;
                    chosenSoft = soft.cost(b, s, start);
                    chosen = s;
                    kempe = false;
                    ties = 1;
                } else if (cost == chosenCost) {
                    long softCost = soft.cost(b, s, start);
                    if (!kempe && softCost < chosenSoft) {
                        chosenSoft = softCost;
                        chosen = s;
                        ties = 1;
                    } else if ((kempe || softCost == chosenSoft) && random.nextInt(++ties) == 0) {
                        chosenSoft = softCost;
                        chosen = s;
                        kempe = false;
                    }
                }
            }
            if (plain > 0 && plain <= kempeLimit) {
                long after = kempeSwap.cost(b, from, s, chosenCost);
                if (after == Long.MAX_VALUE || (tabu && kempeSwap.plainAfter() >= bestHard)) {
                    continue;
                }
                long kempeCost = after - removedWeighted;
                if (kempeCost < chosenCost) {
                    chosenCost = kempeCost;
                    chosenSoft = Long.MAX_VALUE;
                    chosen = s;
                    kempe = true;
                    ties = 1;
                } else if (kempeCost == chosenCost && random.nextInt(++ties) == 0) {
                    chosenSoft = Long.MAX_VALUE;
                    chosen = s;
                    kempe = true;
                }
            }
        }
        place(b, from);
        moveSlot = chosen < 0 ? from : chosen;
        moveKempe = kempe;
        moveDelta = chosen < 0 ? 0 : chosenCost - (before - removedWeighted);
    }

    /**
     * The least weighted count block b's hard rules can add when it is placed: minus what they count now, as a
     * rule counts 0 at least. A start whose clashes pass a cost by more than this cannot come below it.
     */
    private long ruleFloor(int b) {
        long floor = 0;
        for (int r : rulesOfBlock[b]) {
            floor -= (long) ruleCost[r] * ruleWeight[r];
        }
        return floor;
    }

    /** What block b's hard rules count now, unweighted. */
    private int rulesCountNow(int b) {
        int now = 0;
        for (int r : rulesOfBlock[b]) {
            now += ruleCost[r];
        }
        return now;
    }

    /**
     * A lower bound of the weighted change when block d leaves its start for {@code target}, whose cells must not
     * overlap the start's: the clashes and time penalty it finds there on the counts as they are (bookings that
     * come with it only add), less what it leaves behind and what its rules count now.
     */
    long moveFloor(int d, int target) {
        int origin = start[d];
        long floor = clashCost(d, target, false) + ruleFloor(d) - (long) timePenalty(d, origin) * timeWeight[d];
        int[] cells = cellOffset[d];
        work += cells.length;
        for (int i = 0; i < cells.length; i++) {
            int cell = cells[i] + origin;
            if (count[cell] > cellCapacity[d][i]) {
                floor -= cellWeight[cell];
            }
        }
        return floor;
    }

    /** A lower bound of the weighted change when the unplaced block b goes to s: its time penalty, less its rules. */
    long arrivalFloor(int b, int s) {
        return (long) timePenalty(b, s) * timeWeight[b] + ruleFloor(b);
    }

    /**
     * The most plain violations block b (taken out) may add at a start for a Kempe swap there to be tried: with
     * {@link Style#kempeStarts} set, only the starts where it would clash least are tried, the others being
     * the dearest of the evaluation (each is done and undone).
     */
    private int kempeLimit(int b, int from) {
        int limit = style.kempeStarts();
        costsKnown = false;
        if (limit == 0 || allowed[b].length <= limit) {
            return Integer.MAX_VALUE;
        }
        int[] plains = plainBuffer;
        int k = 0;
        for (int s : allowed[b]) {
            if (s != from) {
                startCost[s] = insertionCost(b, s);
                startPlain[s] = lastPlainCost;
                if (lastPlainCost > 0) {
                    plains[k++] = lastPlainCost;
                }
            }
        }
        costsKnown = true;
        if (k <= limit) {
            return Integer.MAX_VALUE;
        }
        java.util.Arrays.sort(plains, 0, k);
        return plains[limit - 1];
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
    private void construct(long deadlineNanos) {
        Integer[] order = new Integer[blocks.size()];
        for (int b = 0; b < order.length; b++) {
            order[b] = b;
        }
        java.util.Arrays.sort(order, (x, y) -> x.intValue() == y.intValue() ? 0
                : allowed[x].length != allowed[y].length ? Integer.compare(allowed[x].length, allowed[y].length)
                : useResource[x].length != useResource[y].length ? Integer.compare(useResource[y].length, useResource[x].length)
                : Integer.compare(x, y));
        int done = 0;
        boolean late = false;
        for (int b : order) {
            late = late || ((++done & 15) == 0
                    && (System.nanoTime() > deadlineNanos || Thread.currentThread().isInterrupted()));
            if (late) {
                place(b, allowed[b][0]); // out of time: the rest anywhere allowed, counted as they clash
                continue;
            }
            int chosen = -1;
            long chosenCost = Long.MAX_VALUE;
            long chosenSoft = Long.MAX_VALUE;
            int ties = 0;
            long ruleFloor = ruleFloor(b);
            for (int s : allowed[b]) {
                long cost = clashCost(b, s, false);
                if (cost + ruleFloor > chosenCost) {
                    continue; // its rules cannot bring it down to the chosen cost
                }
                cost += addedRuleCost(b, s);
                if (cost > chosenCost) {
                    continue;
                }
                long softCost = soft.cost(b, s, start);
                if (cost < chosenCost || softCost < chosenSoft) {
                    chosenCost = cost;
                    chosenSoft = softCost;
                    chosen = s;
                    ties = 1;
                } else if (softCost == chosenSoft && random.nextInt(++ties) == 0) {
                    chosen = s;
                }
            }
            place(b, chosen);
        }
    }

    /**
     * Weighted hard violations added by putting unplaced block b at slot s; the plain count is left in
     * {@link #lastPlainCost}.
     */
    long insertionCost(int b, int s) {
        return clashCost(b, s, false) + addedRuleCost(b, s);
    }

    /**
     * The double-bookings and time-window violations of the current assignment: unlike the rules' count, this
     * part never falls when a block is placed.
     */
    int clashesAndTimePenalties() {
        return clashAndTime;
    }

    /** The double-bookings and time-window violations block b (out) would add at s. */
    int clashesAt(int b, int s) {
        clashCost(b, s, false);
        return lastPlainCost;
    }

    /** The plain (unweighted) count of the last {@link #insertionCost} call. */
    int lastPlainCost() {
        return lastPlainCost;
    }

    /**
     * Weighted hard violations added by putting unplaced block b at slot s, leaving out the double-bookings of
     * teachers and pupils and the hard "min days between" rules: the {@link EjectionChain} pushes out the blocks
     * that would break those.
     */
    long weightedBesidesClashes(int b, int s) {
        skipMinDays = true;
        long cost = clashCost(b, s, true) + addedRuleCost(b, s);
        skipMinDays = false;
        return cost;
    }

    /**
     * Adds to {@code out} (from {@code size} on) the placed blocks that block b at slot s would bring under a hard
     * "min days between" rule's distance; returns the new size.
     */
    int minDaysConflicts(int b, int s, int[] out, int size) {
        int day = s / periods;
        int[] sets = setsOfBlock[b];
        for (int set : sets) {
            if (!isMinDays(set)) {
                continue;
            }
            for (int other : memberBlock[set]) {
                if (other >= 0 && other != b && start[other] >= 0
                        && Math.abs(start[other] / periods - day) < setRules[set].param()) {
                    if (size == out.length) {
                        return size; // full: the caller's buffer bounds the chain
                    }
                    out[size++] = other;
                }
            }
        }
        return size;
    }

    private boolean isMinDays(int set) {
        return set >= 0 && set < setRules.length && setRules[set].kind() == SetRule.Kind.MIN_DAYS_BETWEEN;
    }

    /** Weighted rule violations added by putting unplaced block b at s, also added to {@link #lastPlainCost}. */
    private long addedRuleCost(int b, int s) {
        if (rulesOfBlock[b].length == 0) {
            return 0;
        }
        long cost = 0;
        int day = s / periods;
        work += 2L * rulesOfBlock[b].length;
        applyAny(b, s, +1);
        setMembers(b, s);
        probeBlock = b;
        probeSlot = s;
        for (int r : rulesOfBlock[b]) {
            refreshDay(r, day);
            int set = r - resourceRules.length;
            if (skipMinDays && isMinDays(set)) {
                continue;
            }
            int added = ruleCost(r) - ruleCost[r];
            lastPlainCost += added;
            cost += (long) added * ruleWeight[r];
        }
        probeBlock = -1;
        applyAny(b, s, -1);
        setMembers(b, -1);
        for (int r : rulesOfBlock[b]) {
            refreshDay(r, day);
        }
        return cost;
    }

    /**
     * Weighted clashes and time penalty of block b at s (room pools only when {@code poolsOnly}); sets
     * {@link #lastPlainCost} to their plain count.
     */
    private long clashCost(int b, int s, boolean poolsOnly) {
        int time = timePenalty(b, s);
        int plain = time;
        long cost = (long) time * timeWeight[b];
        int[] cells = cellOffset[b];
        work += cells.length;
        for (int i = 0; i < cells.length; i++) {
            int cell = cells[i] + s;
            if (count[cell] >= cellCapacity[b][i] && (!poolsOnly || cell >= firstPoolCell)) {
                plain++;
                cost += cellWeight[cell];
            }
        }
        lastPlainCost = plain;
        return cost;
    }

    /** Block b's clash cells for a start at slot 0 (add the start): indexes of {@link #count}. */
    int[] cellsOf(int b) {
        return cellOffset[b];
    }

    /** Whether a cell is a teacher's or pupils' (one booking at most), not a room pool's. */
    boolean personCell(int cell) {
        return cell < firstPoolCell;
    }

    int cellCount() {
        return count.length;
    }

    /** The teachers and pupils block b books (clash-checked resources that are not room pools). */
    int[] peopleOf(int b) {
        return java.util.Arrays.stream(useResource[b]).filter(r -> r < firstPool).toArray();
    }

    int[] allowedStarts(int b) {
        return allowed[b];
    }

    /** The starts array itself, read-only for callers ({@link NeighbourSlots#prepare}). */
    int[] startsView() {
        return start;
    }

    /** Moves block b to slot s (-1: takes it out), keeping the counters and the hard total. */
    private void place(int b, int s) {
        int old = start[b];
        if (old >= 0) {
            weighted -= (long) timePenalty(b, old) * timeWeight[b];
            clashAndTime -= timePenalty(b, old);
            roomViolations -= rooms.closedPenalty(b, old);
            apply(b, old, -1);
            applyAny(b, old, -1);
        }
        start[b] = s;
        if (s >= 0) {
            weighted += (long) timePenalty(b, s) * timeWeight[b];
            clashAndTime += timePenalty(b, s);
            roomViolations += rooms.closedPenalty(b, s);
            apply(b, s, +1);
            applyAny(b, s, +1);
        }
        setMembers(b, s);
        buildingRules.move(b, old, s);
        work += rulesOfBlock[b].length;
        for (int r : rulesOfBlock[b]) {
            if (old >= 0) {
                refreshDay(r, old / periods);
            }
            if (s >= 0) {
                refreshDay(r, s / periods);
            }
            int cost = ruleCost(r);
            ruleHard += cost - ruleCost[r];
            if (promotedRule[r]) {
                promotedCost += cost - ruleCost[r];
            }
            weighted += (long) (cost - ruleCost[r]) * ruleWeight[r];
            ruleCost[r] = cost;
        }
    }

    private void setMembers(int b, int s) {
        int[] sets = setsOfBlock[b];
        for (int i = 0; i < sets.length; i++) {
            int before = memberDay[sets[i]][positionsOfBlock[b][i]];
            unplacedMembers[sets[i]] += (s < 0 ? 1 : 0) - (before < 0 ? 1 : 0);
            memberDay[sets[i]][positionsOfBlock[b][i]] = s < 0 ? -1 : s / periods;
            memberPeriod[sets[i]][positionsOfBlock[b][i]] = s < 0 ? -1 : s % periods;
        }
    }

    /** The rule index of building rule 0: they come after the resource, set and "ends students day" rules. */
    private int firstBuildingRule() {
        return resourceRules.length + setRules.length + endsDayRules.length;
    }

    /** Recounts day d of resource or building rule r (no-op for the others) after a block moved. */
    private void refreshDay(int r, int d) {
        int building = r - firstBuildingRule();
        if (building >= 0) {
            buildingRules.refreshDay(building, d, probeBlock, probeSlot);
            return;
        }
        if (r >= resourceRules.length) {
            return;
        }
        ResourceRule rule = resourceRules[r];
        int packed = dayTables.packed(r, d, busy[rule.resource()][d]);
        weekCounts[r] += packed - dayCounts[r][d];
        dayCounts[r][d] = packed;
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
            return ResourceRuleDays.count(rule, ResourceDayTables.violations(weekCounts[r]),
                    ResourceDayTables.weekly(weekCounts[r]));
        }
        int set = r - resourceRules.length;
        if (released[r]) {
            return 0;
        }
        if (r >= firstBuildingRule()) {
            return buildingRules.violations(r - firstBuildingRule());
        }
        if (set >= setRules.length) {
            return endsDayCost(endsDayRules[set - setRules.length]);
        }
        if (unplacedMembers[set] > 0) {
            return 0;
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
            case MIN_GAPS_BETWEEN -> SetCounts.minGapsBetween(p);
            case ORDERED_IF_SAME_DAY -> SetCounts.orderedIfSameDay(p);
            case MIN_GAPS_BETWEEN_TAGS -> SetCounts.minGapsBetweenTags(p);
        };
    }

    /** Periods of the rule's pupils after the end of its lesson on that day, as the streams count them. */
    private int endsDayCost(EndsDayRule rule) {
        int s = start[rule.block()];
        if (s < 0) {
            return 0;
        }
        int end = s % periods + rule.duration();
        return end >= 64 ? 0 : Long.bitCount(busy[rule.resource()][s / periods] & (-1L << end));
    }

    /** Hard resource and set rules, indexed per block. */
    private void compileRules(TimetableSolution solution, int n, int maxAny) {
        List<ResourceRule> resource = solution.getResourceRules().stream().filter(r -> r.level() == Level.HARD).toList();
        resourceRules = resource.toArray(ResourceRule[]::new);
        java.util.Map<SetRule, List<SetRuleMember>> members = new java.util.LinkedHashMap<>();
        for (SetRuleMember member : solution.getSetRuleMembers()) {
            if (member.rule().level() == Level.HARD || promotes(member.rule())) {
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
        endsDayRules = solution.getEndsDayRules().stream().filter(r -> r.level() == Level.HARD).toArray(EndsDayRule[]::new);
        for (int e = 0; e < endsDayRules.length; e++) {
            int index = resourceRules.length + setRules.length + e;
            perBlock.get(endsDayRules[e].block()).add(index);
            for (int b = 0; b < n; b++) {
                if (ProblemCompiler.contains(allUseResource[b], endsDayRules[e].resource())) {
                    perBlock.get(b).add(index);
                }
            }
        }
        buildingRules = new FastBuildingRules(solution, days, periods);
        for (int k = 0; k < buildingRules.size(); k++) {
            for (int b : buildingRules.blocks(k)) {
                perBlock.get(b).add(firstBuildingRule() + k);
            }
        }
        rulesOfBlock = new int[n][];
        for (int b = 0; b < n; b++) {
            rulesOfBlock[b] = perBlock.get(b).stream().mapToInt(Integer::intValue).toArray();
        }
        ruleCost = new int[firstBuildingRule() + buildingRules.size()];
        ruleWeight = new int[ruleCost.length];
        java.util.Arrays.fill(ruleWeight, 1);
        promotedRule = new boolean[ruleCost.length];
        released = new boolean[ruleCost.length];
        for (int i = 0; i < setRules.length; i++) {
            promotedRule[resourceRules.length + i] = promotes(setRules[i]);
        }
        dayCounts = new int[resourceRules.length][days];
        weekCounts = new int[resourceRules.length];
        dayTables = new ResourceDayTables(resourceRules, days, periods);
        for (int r = 0; r < resourceRules.length; r++) {
            for (int d = 0; d < days; d++) {
                refreshDay(r, d);
            }
        }
        unplacedMembers = new int[setRules.length];
        for (int i = 0; i < setRules.length; i++) {
            unplacedMembers[i] = memberDay[i].length;
        }
        setsOfBlock = new int[n][];
        positionsOfBlock = new int[n][];
        for (int b = 0; b < n; b++) {
            List<int[]> memberships = new java.util.ArrayList<>();
            for (int r : rulesOfBlock[b]) {
                int set = r - resourceRules.length;
                for (int m = 0; set >= 0 && set < setRules.length && m < memberBlock[set].length; m++) {
                    if (memberBlock[set][m] == b) {
                        memberships.add(new int[] {set, m});
                    }
                }
            }
            setsOfBlock[b] = memberships.stream().mapToInt(x -> x[0]).toArray();
            positionsOfBlock[b] = memberships.stream().mapToInt(x -> x[1]).toArray();
        }
    }

    /**
     * Drops the uses of resources no hard rule counts from {@link #allUseResource}: their busy periods are never
     * read, and keeping them costs most of the time on files with many pupil subgroups and few such rules.
     */
    private void keepRuledUsesOnly(int maxAny) {
        boolean[] ruled = new boolean[maxAny + 1];
        for (ResourceRule rule : resourceRules) {
            ruled[rule.resource()] = true;
        }
        for (EndsDayRule rule : endsDayRules) {
            ruled[rule.resource()] = true;
        }
        for (int b = 0; b < allUseResource.length; b++) {
            int kept = 0;
            for (int u = 0; u < allUseResource[b].length; u++) {
                if (ruled[allUseResource[b][u]]) {
                    allUseResource[b][kept] = allUseResource[b][u];
                    allUsePeriods[b][kept++] = allUsePeriods[b][u];
                }
            }
            allUseResource[b] = java.util.Arrays.copyOf(allUseResource[b], kept);
            allUsePeriods[b] = java.util.Arrays.copyOf(allUsePeriods[b], kept);
        }
    }

    private void apply(int b, int s, int delta) {
        int[] cells = cellOffset[b];
        work += cells.length;
        for (int i = 0; i < cells.length; i++) {
            int cell = cells[i] + s;
            int cap = cellCapacity[b][i];
            int room = cell >= firstPoolCell ? 1 : 0;
            if (delta > 0) {
                if (++count[cell] > cap) {
                    clashAndTime++;
                    weighted += cellWeight[cell];
                    roomViolations += room;
                }
            } else if (count[cell]-- > cap) {
                clashAndTime--;
                weighted -= cellWeight[cell];
                roomViolations -= room;
            }
        }
    }

    /** The weighted total recounted from scratch (the incremental one must equal it), and whether a weight grew. */
    long recountWeighted() {
        long total = 0;
        for (int b = 0; b < start.length; b++) {
            total += start[b] < 0 ? 0 : (long) timePenalty(b, start[b]) * timeWeight[b];
        }
        for (int r = 0; r < ruleCost.length; r++) {
            total += (long) ruleCost(r) * ruleWeight[r];
        }
        for (int res = 0; res < capacity.length; res++) {
            for (int cell = res * weeks * slotCount; cell < (res + 1) * weeks * slotCount; cell++) {
                total += (long) Math.max(0, count[cell] - capacity[res]) * cellWeight[cell];
            }
        }
        return total;
    }

    boolean weighted() {
        return java.util.stream.IntStream.of(cellWeight).anyMatch(w -> w > 1) || java.util.stream.IntStream.of(ruleWeight).anyMatch(w -> w > 1)
                || java.util.stream.IntStream.of(timeWeight).anyMatch(w -> w > 1);
    }

    /** Every weight back to 1 (a promoting search: hard violations' to {@link #hardWeight}). */
    private void lighter() {
        int base = promoting ? hardWeight : 1;
        java.util.Arrays.fill(cellWeight, base);
        java.util.Arrays.fill(timeWeight, base);
        for (int r = 0; r < ruleWeight.length; r++) {
            ruleWeight[r] = promotedRule[r] ? 1 : base;
        }
        weighted = objective(); // every weight at its base: the weighted count is the objective
    }

    /** The hard violations without the promoted rules: the search is over at zero. */
    int realHard() {
        return hardViolations() - promotedCost;
    }

    /** What a promoting search keeps its best on: hard violations weighted against the promoted rules broken. */
    private long objective() {
        return promoting ? (long) hardWeight * (hardViolations() - promotedCost) + promotedCost : hardViolations();
    }

    /**
     * At a restart of a promoting search still short of every hard rule: the promoted rules broken in the best
     * assignment stop counting, as too dear to keep (FET's search gives up a 95 % rule now and then the same way).
     */
    private void releaseBroken() {
        for (int r = 0; r < ruleCost.length; r++) {
            if (promotedRule[r] && !released[r] && ruleCost[r] > 0) {
                released[r] = true;
                ruleHard -= ruleCost[r];
                promotedCost -= ruleCost[r];
                weighted -= (long) ruleCost[r] * ruleWeight[r];
                ruleCost[r] = 0;
            }
        }
        bestObjective = objective();
        bestHard = hardViolations();
        published = bestHard;
        System.arraycopy(start, 0, best, 0, start.length);
        rebuildConflicted();
    }

    /** Adds 1 to the weight of every hard violation block b takes part in where it is. */
    private void heavier(int b) {
        int s = start[b];
        int time = timePenalty(b, s);
        if (time > 0) {
            timeWeight[b]++;
            weighted += time;
        }
        for (int r : rulesOfBlock[b]) {
            if (ruleCost[r] > 0) {
                ruleWeight[r]++;
                weighted += ruleCost[r];
            }
        }
        int[] cells = cellOffset[b];
        for (int i = 0; i < cells.length; i++) {
            int cell = cells[i] + s;
            if (count[cell] > cellCapacity[b][i]) {
                cellWeight[cell]++;
                weighted += count[cell] - cellCapacity[b][i];
            }
        }
    }

    /** Hard violations block b takes part in where it is (clashes of its cells and its time penalty). */
    private int conflictOf(int b) {
        int s = start[b];
        if (s < 0) {
            return 0;
        }
        int cost = timePenalty(b, s);
        for (int r : rulesOfBlock[b]) {
            cost += ruleCost[r];
        }
        int[] cells = cellOffset[b];
        for (int i = 0; i < cells.length; i++) {
            if (count[cells[i] + s] > cellCapacity[b][i]) {
                cost++;
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
            int set = r - resourceRules.length;
            if (r >= firstBuildingRule() && ruleCost[r] > 0) {
                for (int n : buildingRules.blocks(r - firstBuildingRule())) {
                    mark(n);
                }
            } else if (set >= setRules.length && ruleCost[r] > 0) {
                mark(endsDayRules[set - setRules.length].block());
            } else if (set >= 0 && ruleCost[r] > 0) {
                for (int n : memberBlock[set]) {
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
