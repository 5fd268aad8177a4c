package org.safeguard.beneficiary;

import java.time.YearMonth;
import java.util.UUID;

/** The household's dibao stops: {@code lastMonth} is the last month it is paid. {@code reason} is a stable code. */
public record DibaoEnded(UUID householdId, YearMonth lastMonth, String reason) {
}
