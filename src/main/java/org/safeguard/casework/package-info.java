/**
 * The casework kernel: a case of any kind (a benefit or service contributed by a module through a
 * {@link org.safeguard.casework.CaseKindDefinition}), its subject, region, assignee and state; the one place that
 * enforces a kind's (state, action) table ({@link org.safeguard.casework.CaseLifecycle}), records and audits every
 * transition and computes step deadlines in working days or hours; work queues, reassignment and a timeline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework kernel")
package org.safeguard.casework;
