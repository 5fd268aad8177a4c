package org.safeguard.policy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The emergency flags in force for a region on a date, from every approved declaration for the region or one of its
 * ancestors whose period and flag validity cover the date. A flag is on when any of them has it on; the extra
 * subsidy rules of all of them apply; the price-subsidy multiplier is the largest. {@code declarationIds} says which
 * declarations hold at least one flag on that date.
 */
public record EmergencyFlags(Set<EmergencyFlag> on, List<ExtraSubsidyRule> extraSubsidyRules,
                             BigDecimal priceSubsidyMultiplier, List<Long> declarationIds) {

    public static final EmergencyFlags NONE = new EmergencyFlags(Set.of(), List.of(), null, List.of());

    public EmergencyFlags {
        on = on.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(on));
        extraSubsidyRules = List.copyOf(extraSubsidyRules);
        declarationIds = List.copyOf(declarationIds);
    }

    public boolean has(EmergencyFlag flag) {
        return on.contains(flag);
    }

    public boolean any() {
        return !on.isEmpty();
    }

    public boolean remoteInvestigationAllowed() {
        return has(EmergencyFlag.REMOTE_INVESTIGATION);
    }

    public boolean exitsSuspended() {
        return has(EmergencyFlag.EXITS_SUSPENDED);
    }

    public boolean approvalDevolvedToTownship() {
        return has(EmergencyFlag.APPROVAL_DEVOLVED);
    }

    public boolean periodicReviewsExtended() {
        return has(EmergencyFlag.REVIEWS_EXTENDED);
    }

    public boolean hukouRestrictionRelaxed() {
        return has(EmergencyFlag.HUKOU_RESTRICTION_RELAXED);
    }

    public boolean communityHelpFirst() {
        return has(EmergencyFlag.COMMUNITY_HELP_FIRST);
    }

    public boolean careVisitsIntensified() {
        return has(EmergencyFlag.CARE_VISITS_INTENSIFIED);
    }

    public Optional<BigDecimal> priceSubsidyOverride() {
        return Optional.ofNullable(priceSubsidyMultiplier);
    }
}
