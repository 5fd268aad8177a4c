package org.safeguard.specialhardship;

import java.math.BigDecimal;
import java.util.Map;

import org.safeguard.policy.ResolvedPolicy;
import org.safeguard.policy.dibao.DibaoParameters;
import org.safeguard.specialhardship.SpecialHardshipTypes.CareTier;

/**
 * What the calculator reads: the dibao parameters in force (standards, income period, asset rules) and the
 * special-hardship ones. Per tier, a fixed care amount wins over a share; a share applies to the minimum wage when a
 * region sets one, else to the basic living standard.
 */
public record SpecialHardshipParameters(DibaoParameters dibao, BigDecimal basicMultiple, Map<CareTier, BigDecimal> shares,
                                        BigDecimal minimumWage, Map<CareTier, BigDecimal> fixed) {

    public SpecialHardshipParameters {
        shares = Map.copyOf(shares);
        fixed = Map.copyOf(fixed);
    }

    public static SpecialHardshipParameters from(ResolvedPolicy policy) {
        java.util.EnumMap<CareTier, BigDecimal> fixed = new java.util.EnumMap<>(CareTier.class);
        policy.money(SpecialHardshipParameterDeclarations.CARE_FIXED_SELF_CARE).ifPresent(v -> fixed.put(CareTier.SELF_CARE, v));
        policy.money(SpecialHardshipParameterDeclarations.CARE_FIXED_PARTIAL).ifPresent(v -> fixed.put(CareTier.PARTIAL, v));
        policy.money(SpecialHardshipParameterDeclarations.CARE_FIXED_FULL).ifPresent(v -> fixed.put(CareTier.FULL, v));
        return new SpecialHardshipParameters(DibaoParameters.from(policy),
                policy.decimal(SpecialHardshipParameterDeclarations.BASIC_LIVING_MULTIPLE),
                Map.of(CareTier.SELF_CARE, policy.decimal(SpecialHardshipParameterDeclarations.CARE_SHARE_SELF_CARE),
                        CareTier.PARTIAL, policy.decimal(SpecialHardshipParameterDeclarations.CARE_SHARE_PARTIAL),
                        CareTier.FULL, policy.decimal(SpecialHardshipParameterDeclarations.CARE_SHARE_FULL)),
                policy.money(SpecialHardshipParameterDeclarations.MINIMUM_WAGE_MONTHLY).orElse(null), fixed);
    }
}
