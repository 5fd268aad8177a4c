package org.safeguard.shared.jobs;

/**
 * Task names in the shared {@code scheduled_tasks} table, qualified by the cluster: nodes with the same cluster name
 * share (and take over) each other's jobs; a scheduler ignores the rows of another cluster. Production runs one
 * cluster per database; the test suite runs each Spring test context as a cluster of its own, because contexts share
 * one database but not their test doubles.
 */
public record JobNames(String cluster) {

    public JobNames {
        if (cluster == null || cluster.isBlank()) {
            throw new IllegalArgumentException("safeguard.jobs.cluster must not be blank");
        }
    }

    /** The name of a task in this cluster, e.g. {@code payroll-generation@safeguard}. */
    public String task(String name) {
        return name + "@" + cluster;
    }
}
