package org.preau.timetable.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/** The persistent background job that solves a school's base timetable (db-scheduler, any node). */
@Configuration(proxyBeanMethods = false)
class SolveTaskConfiguration {

    @Bean
    OneTimeTask<SolveJobs.SolveRequest> solveTimetableTask(@Lazy SolveRunner runner) {
        return Tasks.oneTime("timetable-solve", SolveJobs.SolveRequest.class)
                .execute((instance, context) -> {
                    SolveJobs.SolveRequest request = instance.getData();
                    runner.run(SolveJobs.schoolOf(request), request.jobId());
                });
    }
}
