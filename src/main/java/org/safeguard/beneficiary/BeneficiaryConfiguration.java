package org.safeguard.beneficiary;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.safeguard.shared.jobs.JobNames;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily dibao schedule (reviews falling due, tapers ending) as a recurring db-scheduler task: one execution row
 * shared by every node, so each day's run happens on one node only; a run missed while every node was down is due at
 * the next start.
 */
@Configuration(proxyBeanMethods = false)
class BeneficiaryConfiguration {

    static final String DAILY_TASK = "dibao-daily";

    @Bean
    Task<Void> dibaoDailyTask(JobNames names, DibaoSchedule schedule,
                              @Value("${safeguard.dibao.schedule-cron:0 15 1 * * *}") String cron) {
        return Tasks.recurring(names.task(DAILY_TASK), Schedules.cron(cron))
                .onDeadExecutionRevive()
                .execute((instance, context) -> schedule.daily());
    }
}
