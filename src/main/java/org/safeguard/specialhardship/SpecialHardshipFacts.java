package org.safeguard.specialhardship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.policy.dibao.HukouType;
import org.safeguard.specialhardship.SpecialHardshipTypes.DisabilityCategory;
import org.safeguard.specialhardship.SpecialHardshipTypes.IncomeType;
import org.safeguard.specialhardship.SpecialHardshipTypes.Relationship;
import org.safeguard.specialhardship.SpecialHardshipTypes.SupporterStatus;

/**
 * What the calculator knows about a person: incomes are totals over the reference period (as for dibao), assets as
 * for dibao (the person's own), the legal supporters with their checked status, and the six activities of daily
 * living (true = can do it; null = not assessed).
 */
public record SpecialHardshipFacts(LocalDate referenceDate, HukouType hukouType, LocalDate birthDate,
                                   DisabilityCategory disabilityCategory, Integer disabilityGrade,
                                   List<Income> incomes, List<HouseholdFacts.Asset> assets, List<Supporter> supporters,
                                   Adl adl) {

    public SpecialHardshipFacts {
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(hukouType, "hukouType");
        Objects.requireNonNull(birthDate, "birthDate");
        incomes = incomes == null ? List.of() : List.copyOf(incomes);
        assets = assets == null ? List.of() : List.copyOf(assets);
        supporters = supporters == null ? List.of() : List.copyOf(supporters);
    }

    public record Income(IncomeType type, BigDecimal amount) {
    }

    public record Supporter(Relationship relationship, LocalDate birthDate, Set<SupporterStatus> status) {
        public Supporter {
            status = status == null ? Set.of() : Set.copyOf(status);
        }
    }

    /** The six activities (eating, dressing, getting in and out of bed, toileting, walking indoors, bathing). */
    public record Adl(Boolean eating, Boolean dressing, Boolean transferring, Boolean toileting, Boolean walkingIndoors,
                      Boolean bathing) {

        /** Activities the person cannot do; one not assessed counts as done. */
        int unmet() {
            int n = 0;
            for (Boolean b : new Boolean[] {eating, dressing, transferring, toileting, walkingIndoors, bathing}) {
                if (Boolean.FALSE.equals(b)) {
                    n++;
                }
            }
            return n;
        }
    }
}
