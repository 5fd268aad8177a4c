package org.safeguard.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.safeguard.policy.AssetType;
import org.safeguard.policy.dibao.DeductionType;
import org.safeguard.policy.dibao.IncomeType;

/**
 * Income (totals over the reference period) and assets found by the investigation, per registry person. Who is
 * counted, birth dates and disability come from the registry; together they become the calculator's HouseholdFacts.
 * {@code singlePersonId} names a member who applies alone as a single-person household (单人户, domain.md §3.2).
 */
public record FactsInput(List<MemberIncome> members, List<AssetItem> assets, List<DeductionItem> deductions,
                         UUID singlePersonId) {

    public FactsInput(List<MemberIncome> members, List<AssetItem> assets, List<DeductionItem> deductions) {
        this(members, assets, deductions, null);
    }

    public FactsInput {
        members = members == null ? List.of() : List.copyOf(members);
        assets = assets == null ? List.of() : List.copyOf(assets);
        deductions = deductions == null ? List.of() : List.copyOf(deductions);
    }

    public record MemberIncome(UUID personId, List<IncomeItem> incomes) {
        public MemberIncome {
            incomes = incomes == null ? List.of() : List.copyOf(incomes);
        }
    }

    public record IncomeItem(IncomeType type, BigDecimal amount) {
    }

    /** {@code ownerPersonId} null: the household's. */
    public record AssetItem(AssetType type, BigDecimal value, Integer count, UUID ownerPersonId) {
    }

    public record DeductionItem(DeductionType type, BigDecimal amount) {
    }
}
