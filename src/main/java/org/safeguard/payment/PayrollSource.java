package org.safeguard.payment;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguard.shared.RegionCode;

/**
 * The contract through which a benefit module supplies a month's payroll. Register one Spring bean per benefit.
 * The payroll pages through {@link #payeeIdsAfter} (keyset, ascending in the source's own order, which must be
 * stable for the month) and asks for the lines of each page; a payee without a line for the month is skipped.
 */
public interface PayrollSource extends PaymentComponentCodes {

    PayeeKind payeeKind();

    /** How many payees the region (and its subtree) has for the month; drives progress and ETA only. */
    long countPayees(RegionCode region, YearMonth month);

    /** The {@code afterId} of the first page: the nil UUID sorts first on both databases. */
    UUID START = new UUID(0L, 0L);

    /** Up to {@code limit} payee ids greater than {@code afterId} ({@link #START} for the first page), ascending. */
    List<UUID> payeeIdsAfter(RegionCode region, YearMonth month, UUID afterId, int limit);

    /** The lines of these payees for the month (payees with nothing to pay are left out). */
    List<PayableLine> linesFor(RegionCode region, YearMonth month, List<UUID> payeeIds);

    /** Payees per chunk (one transaction each); 0 uses {@code safeguard.payroll.chunk-size} (default 5,000). */
    default int chunkSize() {
        return 0;
    }

    /**
     * Optional fast path for large payrolls: a SELECT the payroll wraps in one set-based
     * {@code INSERT INTO payroll_line (...) SELECT ...} per chunk, instead of calling {@link #linesFor}.
     * It must return the columns {@code payee_id, region_code, payee_name, bank_name, bank_account, change_reason} and,
     * for each of its {@link #componentCodes()}, the amount in a column named after the code ({@code BASE} →
     * {@code base_amount}; zero where the line has no such part), for the payees with {@code afterId < payee_id <= lastId}, using the named parameters {@code :region}, {@code :regionPrefix}
     * (subtree LIKE pattern), {@code :month} (first day, a date), {@code :afterId} and {@code :lastId}.
     * The amount is always computed as the sum of the components. Only trusted module code supplies it.
     */
    default Optional<String> chunkSelectSql() {
        return Optional.empty();
    }

    /**
     * Whether {@link #chunkSelectSql()} also returns the columns {@code line_kind} ({@code REGULAR} or {@code TOPUP})
     * and {@code kind_seq}, e.g. a benefit whose late corrections add top-up lines for payees already paid that month.
     * Off by default: every line of the fast path is then a REGULAR line with sequence 1.
     */
    default boolean chunkSelectChoosesLineKind() {
        return false;
    }

    /**
     * Whether a past month with no payee lies outside the benefit's history, so that starting its payroll is refused
     * (a monthly benefit paid month after month). A benefit whose months come from somewhere else, such as a triggered
     * price evaluation, answers false: its month is in its history even when nobody in the region is covered.
     */
    default boolean pastMonthsNeedPayees() {
        return true;
    }
}
