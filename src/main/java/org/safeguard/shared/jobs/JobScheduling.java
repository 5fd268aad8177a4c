package org.safeguard.shared.jobs;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One db-scheduler for the whole application, on the shared database: every module contributes its work as
 * {@link Task} beans (recurring jobs and one-time jobs such as a payroll's generation), and every node runs the same
 * scheduler on the same {@code scheduled_tasks} table. A row is picked by one node at a time; the picking node
 * heart-beats it, and a row whose heartbeats stop (the node died) is revived on another node after
 * {@code missed-heartbeats × heartbeat} — no restart needed. db-scheduler has no Spring Boot 4 starter, so the bean is
 * built here. It uses its own connections (not the caller's transaction): a job is scheduled once the caller's
 * work has committed, so that the node that picks it at once sees that work.
 */
@Configuration(proxyBeanMethods = false)
class JobScheduling {

    @Bean
    JobNames jobNames(@Value("${safeguard.jobs.cluster:safeguard}") String cluster) {
        return new JobNames(cluster);
    }

    /**
     * The scheduler's wall clock: due times and heartbeats are compared across nodes, so they must be real time, never
     * the business {@link java.time.Clock}, which may be fixed for training or a test.
     */
    @Bean
    JobClock jobClock() {
        return new JobClock();
    }

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, JobClock jobClock, ObjectProvider<SchedulerListener> listeners,
                        @Value("${safeguard.jobs.threads:4}") int threads,
                        @Value("${safeguard.jobs.polling-interval:10s}") Duration polling,
                        @Value("${safeguard.jobs.heartbeat:15s}") Duration heartbeat,
                        @Value("${safeguard.jobs.missed-heartbeats:4}") int missedHeartbeats,
                        @Value("${safeguard.jobs.shutdown-max-wait:10s}") Duration shutdownMaxWait,
                        @Value("${safeguard.jobs.node-name:}") String nodeName) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<OnStartup> startTasks = (List) tasks.stream().filter(t -> t instanceof OnStartup).toList();
        // startTasks adds its tasks to the known ones: pass each task once
        List<Task<?>> others = tasks.stream().filter(t -> !(t instanceof OnStartup)).toList();
        var builder = Scheduler.create(dataSource, others)
                .clock(jobClock)
                .threads(threads)
                .pollingInterval(polling)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(missedHeartbeats)
                .shutdownMaxWait(shutdownMaxWait)
                // a job scheduled to run now on this node starts now, not at the next poll
                .enableImmediateExecution()
                // the same instant on H2 and PostgreSQL whatever the JVM's zone
                .alwaysPersistTimestampInUTC()
                .deleteUnresolvedAfter(Duration.ofDays(1))
                .startTasks((List) startTasks);
        if (!nodeName.isBlank()) {
            builder.schedulerName(new SchedulerName.Fixed(nodeName));
        }
        listeners.orderedStream().forEach(builder::addSchedulerListener);
        return builder.build();
    }

    /**
     * Starts polling once every bean is ready. A stop (context close, or a test context put aside by Spring's test
     * context cache) pauses picking new work; a later start resumes it. The real stop, which lets running jobs hand
     * their work back at a chunk boundary, is the bean's destroy method, called before the data source closes.
     */
    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;
            private boolean started;

            @Override
            public synchronized void start() {
                if (started) {
                    scheduler.resume();
                } else {
                    scheduler.start();
                    started = true;
                }
                running = true;
            }

            @Override
            public synchronized void stop() {
                running = false;
                scheduler.pause();
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
