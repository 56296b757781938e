package org.preau.platform.jobs;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;

/**
 * Long work (timetable solving, imports, report-card batches) runs as persistent background jobs stored in
 * PostgreSQL (db-scheduler): any node may run them and a restart does not lose them. A module declares its job
 * as a {@code Task} bean and schedules instances through the {@link Scheduler} bean; the job's data must carry the
 * school id, and the job must run its work inside {@code TenantContext.runAs(school, …)}.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundJobsConfiguration {

    @Bean(destroyMethod = "")
    Scheduler backgroundJobs(DataSource dataSource, ObjectProvider<Task<?>> tasks) {
        List<Task<?>> known = tasks.orderedStream().toList();
        return Scheduler.create(dataSource, known)
                .threads(2)
                .pollingInterval(Duration.ofSeconds(1))
                .enableImmediateExecution()
                .build();
    }

    /** Starts the job runner once the application is up and stops it before the database goes away. */
    @Bean
    SmartLifecycle backgroundJobsLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
