package org.preau.reportcards.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/** Declares the report-card batch job to the shared background job runner. */
@Configuration(proxyBeanMethods = false)
class ReportCardJobs {

    static final String BATCH_TASK = "report-card-batch";

    @Bean
    OneTimeTask<ReportCardBatches.Request> reportCardBatchTask(ReportCardBatches batches) {
        return Tasks.oneTime(BATCH_TASK, ReportCardBatches.Request.class)
                .execute((instance, context) -> batches.run(instance.getData()));
    }
}
