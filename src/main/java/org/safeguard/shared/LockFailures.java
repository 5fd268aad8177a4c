package org.safeguard.shared;

import java.sql.SQLException;
import java.util.Set;

import org.springframework.dao.ConcurrencyFailureException;

/**
 * Whether a database failure means "another transaction holds what this one needs": a row lock that could not be
 * had (PostgreSQL 55P03, which Spring does not translate; H2's lock timeout HYT00), a deadlock (40P01) or a
 * serialisation failure (40001). The database undid the work, so the answer is {@link ProblemCode#BEING_CHANGED},
 * which a client may retry, and never a 500.
 */
public final class LockFailures {

    private static final Set<String> STATES = Set.of("55P03", "40001", "40P01", "HYT00");

    private LockFailures() {
    }

    public static boolean isLockFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyFailureException && !(t instanceof org.springframework.dao.OptimisticLockingFailureException)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The 409 to throw in place of a lock failure. */
    public static SafeguardException beingChanged() {
        return SafeguardException.conflict(ProblemCode.BEING_CHANGED, "problem.beingChanged");
    }
}
