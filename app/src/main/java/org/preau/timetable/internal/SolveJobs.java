package org.preau.timetable.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Ids;
import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

/**
 * Timetable solving jobs: started from a page, run by db-scheduler on whichever node picks them up (never in a
 * request), their progress kept in {@code timetable_solve_jobs} so that every node can report it, cancellable.
 */
@Service
public class SolveJobs {

    /** What the background job carries: the school (for tenancy) and the job row. */
    public record SolveRequest(UUID schoolId, UUID jobId) implements Serializable {
    }

    private final JdbcClient jdbc;
    private final Scheduler scheduler;
    private final OneTimeTask<SolveRequest> task;

    SolveJobs(JdbcClient jdbc, Scheduler scheduler, OneTimeTask<SolveRequest> solveTimetableTask) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.task = solveTimetableTask;
    }

    private static UUID school() {
        return TenantContext.require().value();
    }

    /**
     * Queues a solve of the current school's base timetable. Not transactional on purpose: the job row must be
     * committed before db-scheduler (which may run it at once, on any node) looks for it.
     */
    public UUID start(String requestedBy, int timeLimitSeconds, long seed) {
        UUID id = Ids.newId();
        jdbc.sql("""
                        insert into timetable_solve_jobs (school_id, id, status, requested_by, time_limit_s, seed)
                        values (?, ?, 'QUEUED', ?, ?, ?)""")
                .param(school()).param(id).param(requestedBy).param(timeLimitSeconds).param(seed).update();
        scheduler.schedule(task.instance(id.toString(), new SolveRequest(school(), id)), Instant.now());
        return id;
    }

    @Transactional
    public void requestCancel(UUID jobId) {
        jdbc.sql("update timetable_solve_jobs set cancel_requested = true where school_id = ? and id = ?")
                .param(school()).param(jobId).update();
        jdbc.sql("""
                        update timetable_solve_jobs set status = 'CANCELLED', finished_at = now()
                        where school_id = ? and id = ? and status = 'QUEUED'""")
                .param(school()).param(jobId).update();
    }

    public Optional<SolveJobView> find(UUID jobId) {
        return jdbc.sql("select * from timetable_solve_jobs where school_id = ? and id = ?")
                .param(school()).param(jobId).query(SolveJobs::view).optional();
    }

    public Optional<SolveJobView> latest() {
        return jdbc.sql("select * from timetable_solve_jobs where school_id = ? order by requested_at desc, id desc limit 1")
                .param(school()).query(SolveJobs::view).optional();
    }

    boolean markRunning(UUID jobId) {
        return jdbc.sql("""
                        update timetable_solve_jobs set status = 'RUNNING', started_at = now(), elapsed_s = 0
                        where school_id = ? and id = ? and status in ('QUEUED', 'RUNNING') and not cancel_requested""")
                .param(school()).param(jobId).update() == 1;
    }

    boolean cancelRequested(UUID jobId) {
        return jdbc.sql("select cancel_requested from timetable_solve_jobs where school_id = ? and id = ?")
                .param(school()).param(jobId).query(Boolean.class).optional().orElse(true);
    }

    void progress(UUID jobId, Solving.Progress p) {
        jdbc.sql("""
                        update timetable_solve_jobs set elapsed_s = ?, lessons = ?, placed = ?, hard_violations = ?,
                          soft_penalty = ? where school_id = ? and id = ? and status = 'RUNNING'""")
                .param(round(p.elapsedSeconds())).param(p.lessons()).param(p.placed()).param(p.hardViolations())
                .param(round(p.softPenalty())).param(school()).param(jobId).update();
    }

    void finish(UUID jobId, String status, Solving.@Nullable Outcome outcome, @Nullable UUID timetableId,
                @Nullable String message) {
        var update = jdbc.sql("""
                        update timetable_solve_jobs set status = :status, finished_at = now(), timetable_id = :timetable,
                          message = :message, elapsed_s = coalesce(:elapsed, elapsed_s), lessons = coalesce(:lessons, lessons),
                          placed = coalesce(:placed, placed), hard_violations = coalesce(:hard, hard_violations),
                          soft_penalty = coalesce(:soft, soft_penalty)
                        where school_id = :school and id = :id""")
                .param("status", status).param("timetable", timetableId).param("message", message)
                .param("school", school()).param("id", jobId);
        if (outcome != null) {
            update = update.param("elapsed", round(outcome.seconds())).param("lessons", outcome.lessons())
                    .param("placed", outcome.placed()).param("hard", outcome.hardViolations())
                    .param("soft", round(outcome.softPenalty()));
        } else {
            update = update.param("elapsed", null).param("lessons", null).param("placed", null).param("hard", null)
                    .param("soft", null);
        }
        update.update();
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    static SchoolId schoolOf(SolveRequest request) {
        return new SchoolId(request.schoolId());
    }

    private static SolveJobView view(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new SolveJobView(rs.getObject("id", UUID.class), rs.getString("status"), rs.getString("requested_by"),
                rs.getObject("requested_at", OffsetDateTime.class), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getInt("time_limit_s"), rs.getLong("seed"),
                rs.getBoolean("cancel_requested"), rs.getBigDecimal("elapsed_s"), rs.getInt("lessons"),
                rs.getInt("placed"), rs.getLong("hard_violations"), rs.getBigDecimal("soft_penalty"),
                rs.getObject("timetable_id", UUID.class), rs.getString("message"));
    }
}
