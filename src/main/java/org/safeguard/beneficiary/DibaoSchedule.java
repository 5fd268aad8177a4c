package org.safeguard.beneficiary;

import java.time.Clock;
import java.time.LocalDate;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.safeguard.shared.jobs.JobClock;
import org.safeguard.shared.jobs.JobNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Daily (and at the first start on a database): periodic reviews that fall due, tapered exits that have ended. Runs
 * as the recurring task of {@link BeneficiaryConfiguration}, on one node of the cluster at a time.
 */
@Component
class DibaoSchedule {

    private static final Logger log = LoggerFactory.getLogger(DibaoSchedule.class);

    private final ManageDibaoBenefit management;
    private final Clock clock;
    private final ObjectProvider<Scheduler> scheduler;
    private final JobNames names;
    private final JobClock jobClock;

    DibaoSchedule(ManageDibaoBenefit management, Clock clock, ObjectProvider<Scheduler> scheduler, JobNames names,
                  JobClock jobClock) {
        this.jobClock = jobClock;
        this.management = management;
        this.clock = clock;
        this.scheduler = scheduler;
        this.names = names;
    }

    void daily() {
        LocalDate today = LocalDate.now(clock);
        management.markDueReviews(today);
        management.endTapers(today);
    }

    /**
     * The recurring task is first due at the next scheduled time; a database on which it has never run (a first
     * start, right after the demo caseload is loaded) gets its first run now. Later starts need nothing: a run that
     * fell due while every node was down is still due and runs at once.
     */
    @EventListener(ApplicationReadyEvent.class)
    void firstRun() {
        Scheduler s = scheduler.getObject();
        TaskInstanceId id = TaskInstanceId.of(names.task(BeneficiaryConfiguration.DAILY_TASK), RecurringTask.INSTANCE);
        s.getScheduledExecution(id)
                .filter(e -> e.getLastSuccess() == null && !e.isPicked())
                .ifPresent(e -> {
                    try {
                        s.reschedule(id, jobClock.atOnce());
                    } catch (RuntimeException picked) {
                        log.debug("dibao daily run already picked by another node");
                    }
                });
        s.triggerCheckForDueExecutions();
    }
}
