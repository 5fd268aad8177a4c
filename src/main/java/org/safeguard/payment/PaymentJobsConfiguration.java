package org.safeguard.payment;

import com.github.kagkarlsson.scheduler.task.Task;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Contributes the payroll generation task to the application's one scheduler. */
@Configuration(proxyBeanMethods = false)
class PaymentJobsConfiguration {

    @Bean
    Task<Void> payrollGenerationTask(PayrollJobs jobs) {
        return jobs.task();
    }
}
