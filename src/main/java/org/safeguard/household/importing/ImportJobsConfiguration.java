package org.safeguard.household.importing;

import com.github.kagkarlsson.scheduler.task.Task;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Contributes the queued roster import task to the application's one scheduler. */
@Configuration(proxyBeanMethods = false)
class ImportJobsConfiguration {

    @Bean
    Task<Void> rosterImportTask(ImportJobs jobs) {
        return jobs.task();
    }
}
