package org.safeguard.shared.idempotency;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.safeguard.shared.jobs.JobNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hourly, on one node: forgets idempotency keys older than {@code safeguard.idempotency.retention} (24h). */
@Configuration(proxyBeanMethods = false)
class IdempotencyCleanup {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyCleanup.class);

    @Bean
    Task<Void> idempotencyCleanupTask(JobNames names, IdempotencyStore store,
                                      @Value("${safeguard.idempotency.retention:24h}") Duration retention) {
        return Tasks.recurring(names.task("idempotency-cleanup"), Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    int n = store.expire(retention);
                    if (n > 0) {
                        log.info("forgot {} idempotency key(s) older than {}", n, retention);
                    }
                });
    }
}
