package org.safeguard.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One flag of a declaration with its validity ({@code validFrom}/{@code validTo} inclusive; null = the
 * declaration's own start or end). {@code rule} is set for EXTRA_LIVING_SUBSIDY only, {@code multiplier} for
 * PRICE_SUBSIDY_OVERRIDE only.
 */
public record DeclaredFlag(EmergencyFlag flag, LocalDate validFrom, LocalDate validTo, ExtraSubsidyRule rule,
                           BigDecimal multiplier) {

    public DeclaredFlag {
        Objects.requireNonNull(flag, "flag");
        if ((rule != null) != (flag == EmergencyFlag.EXTRA_LIVING_SUBSIDY)) {
            throw new IllegalArgumentException("an extra subsidy rule belongs to EXTRA_LIVING_SUBSIDY only");
        }
        if ((multiplier != null) != (flag == EmergencyFlag.PRICE_SUBSIDY_OVERRIDE)) {
            throw new IllegalArgumentException("a multiplier belongs to PRICE_SUBSIDY_OVERRIDE only");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo before validFrom");
        }
    }

    public static DeclaredFlag of(EmergencyFlag flag) {
        return new DeclaredFlag(flag, null, null, null, null);
    }

    /** Whether the flag holds on the date within a declaration for {@code start}..{@code end} (end null = open). */
    public boolean holdsOn(LocalDate date, LocalDate start, LocalDate end) {
        LocalDate from = validFrom == null ? start : validFrom;
        LocalDate to = validTo == null ? end : (end == null || validTo.isBefore(end) ? validTo : end);
        return !date.isBefore(from) && !date.isBefore(start) && (to == null || !date.isAfter(to));
    }
}
