package org.safeguard.policy.dibao;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.safeguard.policy.AssetRule;
import org.safeguard.policy.ParameterSource;
import org.safeguard.policy.ResolvedPolicy;
import org.safeguard.policy.Supplement;

/**
 * The parameters the calculator reads, each standard with its source. Build it from a {@link ResolvedPolicy}
 * and, for a "what if", apply {@link Overrides}. Which deductions are allowed and whether the residents' basic pension
 * is excluded are parameters in force on the reference date (domain.md §2.2).
 */
public record DibaoParameters(BigDecimal standardUrban, ParameterSource urbanSource,
                              BigDecimal standardRural, ParameterSource ruralSource,
                              int incomeReferenceMonths, BigDecimal edgeMultiple,
                              List<AssetRule> assetRules, List<Supplement> supplements, boolean supplementLargerOnly,
                              boolean employmentCostDeductible, boolean rigidExpenseDeductible,
                              boolean residentPensionExcluded, Payment payment) {

    /**
     * How the base amount is paid: by the actual gap, or by tiers when {@code tiered} (domain.md §3.5): the first
     * tier whose bound the per-capita income is below pays its share of the standard per counted member. The base
     * is at least {@code minimumPerPerson} per counted member when a region sets one (null: no minimum).
     */
    public record Payment(boolean tiered, List<Tier> tiers, BigDecimal minimumPerPerson) {

        public static final Payment GAP = new Payment(false, List.of(), null);

        public Payment {
            tiers = List.copyOf(tiers);
        }
    }

    /** A tier: per-capita income below {@code incomeBelow} × standard is paid {@code share} × standard per person. */
    public record Tier(int number, BigDecimal incomeBelow, BigDecimal share) {
    }

    public DibaoParameters {
        Objects.requireNonNull(edgeMultiple, "edgeMultiple");
        Objects.requireNonNull(payment, "payment");
        if (incomeReferenceMonths < 1) {
            throw new IllegalArgumentException("incomeReferenceMonths must be at least 1");
        }
        assetRules = List.copyOf(assetRules);
        supplements = List.copyOf(supplements);
    }

    public static DibaoParameters from(ResolvedPolicy policy) {
        return new DibaoParameters(
                policy.money(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN).orElse(null), policy.source(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN),
                policy.money(DibaoParameterDeclarations.DIBAO_STANDARD_RURAL).orElse(null), policy.source(DibaoParameterDeclarations.DIBAO_STANDARD_RURAL),
                policy.integer(DibaoParameterDeclarations.INCOME_REFERENCE_MONTHS), policy.decimal(DibaoParameterDeclarations.DIBAO_EDGE_MULTIPLE),
                policy.assetRules(), policy.supplements(), policy.bool(DibaoParameterDeclarations.SUPPLEMENT_LARGER_ONLY),
                policy.bool(DibaoParameterDeclarations.EMPLOYMENT_COST_DEDUCTIBLE),
                policy.bool(DibaoParameterDeclarations.RIGID_EXPENSE_DEDUCTIBLE),
                policy.bool(DibaoParameterDeclarations.RESIDENT_PENSION_EXCLUDED), payment(policy));
    }

    private static Payment payment(ResolvedPolicy policy) {
        List<Tier> tiers = List.of(
                new Tier(1, policy.decimal(DibaoParameterDeclarations.TIER_1_INCOME_BELOW), policy.decimal(DibaoParameterDeclarations.TIER_1_SHARE)),
                new Tier(2, policy.decimal(DibaoParameterDeclarations.TIER_2_INCOME_BELOW), policy.decimal(DibaoParameterDeclarations.TIER_2_SHARE)),
                new Tier(3, policy.decimal(DibaoParameterDeclarations.TIER_3_INCOME_BELOW), policy.decimal(DibaoParameterDeclarations.TIER_3_SHARE)));
        return new Payment(policy.bool(DibaoParameterDeclarations.TIERED_PAYMENT), tiers,
                policy.money(DibaoParameterDeclarations.MIN_BENEFIT_PER_PERSON).orElse(null));
    }

    public BigDecimal standard(HukouType type) {
        return type == HukouType.URBAN ? standardUrban : standardRural;
    }

    public ParameterSource standardSource(HukouType type) {
        return type == HukouType.URBAN ? urbanSource : ruralSource;
    }

    /** A "what if": any field left null keeps the resolved value; an overridden value's source says so. */
    public record Overrides(BigDecimal standardUrban, BigDecimal standardRural, Integer incomeReferenceMonths,
                            BigDecimal edgeMultiple, Boolean supplementLargerOnly, List<Supplement> supplements,
                            List<AssetRule> assetRules, Boolean tieredPayment, BigDecimal minimumBenefitPerPerson) {

        public static final Overrides NONE = new Overrides(null, null, null, null, null, null, null, null, null);

        public Overrides(BigDecimal standardUrban, BigDecimal standardRural, Integer incomeReferenceMonths,
                         BigDecimal edgeMultiple, Boolean supplementLargerOnly, List<Supplement> supplements,
                         List<AssetRule> assetRules) {
            this(standardUrban, standardRural, incomeReferenceMonths, edgeMultiple, supplementLargerOnly, supplements,
                    assetRules, null, null);
        }

        public boolean isEmpty() {
            return equals(NONE);
        }
    }

    public DibaoParameters with(Overrides o) {
        if (o == null || o.isEmpty()) {
            return this;
        }
        return new DibaoParameters(
                o.standardUrban() != null ? o.standardUrban() : standardUrban,
                o.standardUrban() != null ? ParameterSource.OVERRIDE : urbanSource,
                o.standardRural() != null ? o.standardRural() : standardRural,
                o.standardRural() != null ? ParameterSource.OVERRIDE : ruralSource,
                o.incomeReferenceMonths() != null ? o.incomeReferenceMonths() : incomeReferenceMonths,
                o.edgeMultiple() != null ? o.edgeMultiple() : edgeMultiple,
                o.assetRules() != null ? o.assetRules() : assetRules,
                o.supplements() != null ? o.supplements() : supplements,
                o.supplementLargerOnly() != null ? o.supplementLargerOnly() : supplementLargerOnly,
                employmentCostDeductible, rigidExpenseDeductible, residentPensionExcluded,
                o.tieredPayment() == null && o.minimumBenefitPerPerson() == null ? payment : new Payment(
                        o.tieredPayment() != null ? o.tieredPayment() : payment.tiered(), payment.tiers(),
                        o.minimumBenefitPerPerson() != null ? o.minimumBenefitPerPerson() : payment.minimumPerPerson()));
    }
}
