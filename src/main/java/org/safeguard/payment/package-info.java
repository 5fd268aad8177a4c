/**
 * Monthly payrolls for any benefit: durable, resumable generation through a {@link org.safeguard.payment.PayrollSource}
 * that a benefit module registers, a four-eyes lifecycle, bank file export, bank return reconciliation and re-issue.
 * The database guarantees that a payee is never paid twice for the same benefit and month.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments",
        allowedDependencies = {"shared", "shared :: *", "audit", "region"})
package org.safeguard.payment;
