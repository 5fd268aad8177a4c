package org.safeguard.policy.dibao;

import java.time.LocalDate;
import java.util.List;

import org.safeguard.policy.PolicyParameters;
import org.safeguard.policy.ResolvedPolicy;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.stereotype.Service;

/**
 * Resolves the parameters in force for a region on the reference date (optionally with "what if" overrides)
 * and runs the pure {@link DibaoCalculator}. Stores nothing. Scope checks are the caller's (the API checks
 * the caller's subtree; payroll and decisions work on households already in scope).
 */
@Service
public class DibaoCalculation {

    private final PolicyParameters parameters;

    DibaoCalculation(PolicyParameters parameters) {
        this.parameters = parameters;
    }

    public DibaoResult calculate(RegionCode region, LocalDate referenceDate, HouseholdFacts household,
                                 DibaoParameters.Overrides overrides) {
        return calculate(region, referenceDate, household, overrides, true);
    }

    public DibaoResult calculate(RegionCode region, LocalDate referenceDate, HouseholdFacts household,
                                 DibaoParameters.Overrides overrides, boolean withTrace) {
        DibaoParameters resolved = parametersFor(region, referenceDate).with(overrides);
        if (resolved.standard(household.hukouType()) == null) {
            throw SafeguardException.invalid(new FieldProblem("referenceDate", "NO_STANDARD", "policy.validation.NO_STANDARD",
                    List.of(household.hukouType().name(), referenceDate.toString())));
        }
        return DibaoCalculator.calculate(household, resolved, referenceDate, withTrace);
    }

    /** The dibao parameters in force for the region on the date, without overrides. */
    public DibaoParameters parametersFor(RegionCode region, LocalDate date) {
        ResolvedPolicy policy = parameters.resolve(region, date);
        return DibaoParameters.from(policy);
    }
}
