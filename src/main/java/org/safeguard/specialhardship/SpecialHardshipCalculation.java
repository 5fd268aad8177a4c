package org.safeguard.specialhardship;

import java.util.List;

import org.safeguard.policy.PolicyParameters;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.stereotype.Service;

/** Resolves the parameters in force at the region on the reference date and runs the pure calculator. */
@Service
public class SpecialHardshipCalculation {

    private final PolicyParameters parameters;

    SpecialHardshipCalculation(PolicyParameters parameters) {
        this.parameters = parameters;
    }

    public SpecialHardshipResult calculate(RegionCode region, SpecialHardshipFacts person) {
        SpecialHardshipParameters p = SpecialHardshipParameters.from(parameters.resolve(region, person.referenceDate()));
        if (p.dibao().standard(person.hukouType()) == null) {
            throw SafeguardException.invalid(new FieldProblem("referenceDate", "NO_STANDARD", "policy.validation.NO_STANDARD",
                    List.of(person.hukouType().name(), person.referenceDate().toString())));
        }
        return SpecialHardshipCalculator.calculate(person, p);
    }
}
