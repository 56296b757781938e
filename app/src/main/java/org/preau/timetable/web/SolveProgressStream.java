package org.preau.timetable.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.preau.timetable.internal.SolveJobView;
import org.preau.timetable.internal.SolveJobs;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Streams a solving job's progress to a page over server-sent events. The progress is read from the job's row
 * every second, so the page may be served by any node while another node solves.
 */
@Component
class SolveProgressStream implements DisposableBean {

    private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "timetable-progress-sse");
        t.setDaemon(true);
        return t;
    });
    private final SolveJobs jobs;
    private final TemplateEngine templates;

    SolveProgressStream(SolveJobs jobs, TemplateEngine templates) {
        this.jobs = jobs;
        this.templates = templates;
    }

    SseEmitter stream(SchoolId school, UUID jobId, Locale locale) {
        SseEmitter emitter = new SseEmitter(TimeUnit.MINUTES.toMillis(30));
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        Runnable tick = () -> {
            try {
                SolveJobView job = TenantContext.callAs(school, () -> jobs.find(jobId)).orElse(null);
                if (job == null) {
                    emitter.complete();
                    task.get().cancel(false);
                    return;
                }
                emitter.send(SseEmitter.event().name("progress").data(render(job, locale)));
                if (job.isFinished()) {
                    emitter.send(SseEmitter.event().name("finished").data("finished"));
                    emitter.complete();
                    task.get().cancel(false);
                }
            } catch (IOException | IllegalStateException e) {
                ScheduledFuture<?> running = task.get();
                if (running != null) {
                    running.cancel(false);
                }
            }
        };
        task.set(clock.scheduleWithFixedDelay(tick, 0, 1, TimeUnit.SECONDS));
        emitter.onCompletion(() -> task.get().cancel(false));
        emitter.onTimeout(() -> task.get().cancel(false));
        emitter.onError(e -> task.get().cancel(false));
        return emitter;
    }

    /** The progress panel's inner HTML, on one line (an SSE data line). */
    String render(SolveJobView job, Locale locale) {
        Context context = new Context(locale, Map.of("job", job));
        return templates.process("timetable/progress", java.util.Set.of("progress"), context)
                .replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public void destroy() {
        clock.shutdownNow();
    }
}
