package org.safeguard.policy.dibao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.safeguard.policy.AssetType;

/**
 * What the calculator knows about a household. Income amounts are totals over the reference period; a
 * deduction is an amount over the same period. An asset with an {@code ownerRef} belongs to that member
 * (and does not count when the member is not counted); without one it belongs to the household.
 * {@code singlePersonRef} names the member who applies alone as a single-person household (单人户, domain.md §3.2):
 * the family is assessed as a whole for the low-income test, the member alone for the amount; null otherwise.
 */
public record HouseholdFacts(HukouType hukouType, List<Member> members, List<Asset> assets, List<Deduction> deductions,
                             String singlePersonRef) {

    public HouseholdFacts {
        Objects.requireNonNull(hukouType, "hukouType");
        members = List.copyOf(members);
        assets = assets == null ? List.of() : List.copyOf(assets);
        deductions = deductions == null ? List.of() : List.copyOf(deductions);
    }

    public HouseholdFacts(HukouType hukouType, List<Member> members, List<Asset> assets, List<Deduction> deductions) {
        this(hukouType, members, assets, deductions, null);
    }

    /** The same facts as a whole family (the single-person application left out). */
    public HouseholdFacts asFamily() {
        return singlePersonRef == null ? this : new HouseholdFacts(hukouType, members, assets, deductions, null);
    }

    public record Member(String ref, LocalDate birthDate, boolean counted, String exclusionReason,
                         Integer disabilityGrade, boolean seriousIllness, List<Income> incomes) {
        public Member {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(birthDate, "birthDate");
            incomes = incomes == null ? List.of() : List.copyOf(incomes);
        }
    }

    public record Income(IncomeType type, BigDecimal amount) {
        public Income {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(amount, "amount");
        }
    }

    public record Asset(AssetType type, BigDecimal value, int count, String ownerRef) {
        public Asset {
            Objects.requireNonNull(type, "type");
            value = value == null ? BigDecimal.ZERO : value;
        }
    }

    public record Deduction(DeductionType type, BigDecimal amount) {
        public Deduction {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
