package org.safeguard.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.safeguard.shared.RegionCode;

/**
 * What a declaration says (domain.md §1.3): a region subtree, a tier, a period ({@code endDate} inclusive, null =
 * until ended) and its flags. The lifecycle (proposed, approved, ended …) is in {@link DeclarationView}.
 */
public record EmergencyDeclaration(@JsonIgnore RegionCode regionCode, EmergencyLevel level, LocalDate startDate, LocalDate endDate,
                                   String reason, List<DeclaredFlag> flags) {

    public EmergencyDeclaration {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(startDate, "startDate");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("endDate before startDate");
        }
        flags = List.copyOf(flags);
    }

    /** The region as the API shows it: the 12-digit code as a string, like every other payload. */
    @JsonProperty("regionCode")
    public String regionCodeText() {
        return regionCode.value();
    }

    public boolean covers(RegionCode region, LocalDate date) {
        return regionCode.contains(region) && !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    /** Whether the flag holds in the declaration's subtree on the date. */
    public boolean holds(EmergencyFlag flag, LocalDate date) {
        return flags.stream().anyMatch(f -> f.flag() == flag && f.holdsOn(date, startDate, endDate));
    }
}
