package org.preau.timetable.internal;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one solving job on the thread db-scheduler gives it: builds the problem from the school, solves it with
 * the job's time limit and seed, streams progress into the job's row, watches for a cancel request, and keeps the
 * best timetable found with the checker's explanations.
 */
@Component
class SolveRunner {

    private static final Logger log = LoggerFactory.getLogger(SolveRunner.class);

    private final SolveJobs jobs;
    private final TimetableInputs inputs;
    private final Solving solving;
    private final BaseTimetables timetables;
    private final Explanations explanations;

    SolveRunner(SolveJobs jobs, TimetableInputs inputs, Solving solving, BaseTimetables timetables,
                Explanations explanations) {
        this.jobs = jobs;
        this.inputs = inputs;
        this.solving = solving;
        this.timetables = timetables;
        this.explanations = explanations;
    }

    void run(SchoolId school, UUID jobId) {
        TenantContext.runAs(school, () -> {
            var job = jobs.find(jobId);
            if (job.isEmpty() || !jobs.markRunning(jobId)) {
                return;
            }
            try {
                Result result = solveAndKeep(school, jobId, job.get().timeLimitSeconds(), job.get().seed());
                jobs.finish(jobId, result.timetableId() == null ? "CANCELLED" : "DONE", result.outcome(),
                        result.timetableId(), null);
            } catch (RuntimeException e) {
                log.warn("Timetable solve {} failed", jobId, e);
                jobs.finish(jobId, "FAILED", null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        });
    }

    /** The kept timetable (null when the solve was cancelled) and the solver's figures. */
    record Result(@Nullable UUID timetableId, Solving.Outcome outcome) {
    }

    /** Solves now on this thread and keeps the result. Used by the job and by the demo seed. */
    Result solveAndKeep(SchoolId school, @Nullable UUID jobId, int seconds, long seed) {
        DayStructure structure = inputs.structure();
        ProblemBuilder.Built built = ProblemBuilder.build(school.toString(), inputs.read(structure));
        Thread solver = Thread.currentThread();
        AtomicBoolean cancelled = new AtomicBoolean();
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "timetable-cancel-watch");
            t.setDaemon(true);
            return t;
        });
        if (jobId != null) {
            watcher.scheduleWithFixedDelay(() -> TenantContext.runAs(school, () -> {
                if (jobs.cancelRequested(jobId) && !cancelled.getAndSet(true)) {
                    solver.interrupt();
                }
            }), 1, 1, TimeUnit.SECONDS);
        }
        Solving.Outcome outcome;
        try {
            outcome = solving.solve(built.problem(), Duration.ofSeconds(seconds), seed,
                    p -> {
                        if (jobId != null) {
                            TenantContext.runAs(school, () -> jobs.progress(jobId, p));
                        }
                    });
        } finally {
            watcher.shutdownNow();
            Thread.interrupted();
        }
        if (cancelled.get()) {
            return new Result(null, outcome);
        }
        if (outcome.isComplete()) {
            return new Result(timetables.save(jobId, built, outcome, structure, ""), outcome);
        }
        ConflictFree.Reduced kept = ConflictFree.reduce(built.problem(), outcome);
        String why = explanations.explain(built, outcome, kept.outcome(), kept.brokenRules(), inputs.names());
        return new Result(timetables.save(jobId, built, kept.outcome(), structure, why), kept.outcome());
    }
}
