package org.safeguard.temporaryassistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.safeguard.policy.ParameterDefinition;
import org.safeguard.policy.ParameterSource;
import org.safeguard.policy.PolicyParameters;
import org.safeguard.policy.ResolvedPolicy;
import org.safeguard.policy.dibao.DibaoParameterDeclarations;
import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.stereotype.Service;

import static org.safeguard.temporaryassistance.TemporaryAssistanceParameterDeclarations.*;

/**
 * Resolves the parameters of the place of hardship in force on the request date and runs the pure {@link
 * TemporaryAssistanceCalculator}. Stores nothing; scope checks are the caller's. A base standard that no region sets
 * is the dibao standard of the place (domain.md §16 item 11).
 */
@Service
public class TemporaryAssistanceCalculation {

    private final PolicyParameters parameters;
    private final RegionCatalog regions;

    TemporaryAssistanceCalculation(PolicyParameters parameters, RegionCatalog regions) {
        this.parameters = parameters;
        this.regions = regions;
    }

    /**
     * The answer for the facts at the region; {@code disposableIncome} (yuan per person per year, may be null) replaces
     * the region's previous-year disposable income as a "what if". Refuses with 400 problems when a needed parameter is
     * not in force: {@code NO_STANDARD} (requestDate), {@code NO_URBAN_RURAL} (hukouType), {@code NO_DISPOSABLE_INCOME}.
     */
    public TemporaryAssistanceResult calculate(RegionCode region, AssistanceFacts facts, BigDecimal disposableIncome) {
        TemporaryAssistanceParameters p = parametersFor(region, facts.requestDate()).withDisposableIncome(disposableIncome);
        List<FieldProblem> problems = new ArrayList<>();
        UrbanRural ur = TemporaryAssistanceCalculator.urbanRural(facts, p.regionUrbanRural());
        if (ur == null) {
            problems.add(problem("hukouType", "NO_URBAN_RURAL", region.value()));
        } else {
            if (p.standard(ur).amount() == null) {
                problems.add(problem("requestDate", "NO_STANDARD", ur.name(), facts.requestDate().toString()));
            }
            if (facts.type() == AssistanceType.EXPENDITURE && p.disposableIncome(ur) == null) {
                problems.add(problem("previousYearDisposableIncome", "NO_DISPOSABLE_INCOME", ur.name(), facts.requestDate().toString()));
            }
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        return TemporaryAssistanceCalculator.calculate(facts, p);
    }

    /** The parameters in force at the region on the date, without "what if" values. */
    public TemporaryAssistanceParameters parametersFor(RegionCode region, LocalDate date) {
        ResolvedPolicy policy = parameters.resolve(region, date);
        Region.UrbanRural classification = regions.find(region).map(Region::urbanRural).orElse(null);
        return new TemporaryAssistanceParameters(region.value(),
                classification == null ? null : UrbanRural.valueOf(classification.name()),
                standard(policy, BASE_URBAN, DibaoParameterDeclarations.DIBAO_STANDARD_URBAN),
                standard(policy, BASE_RURAL, DibaoParameterDeclarations.DIBAO_STANDARD_RURAL),
                policy.integer(MONTHS_GENERAL), policy.integer(MONTHS_SERIOUS), policy.integer(MONTHS_SEVERE),
                policy.integer(EXPENDITURE_MONTHS),
                policy.money(DISPOSABLE_INCOME_URBAN).orElse(null), policy.source(DISPOSABLE_INCOME_URBAN),
                policy.money(DISPOSABLE_INCOME_RURAL).orElse(null), policy.source(DISPOSABLE_INCOME_RURAL),
                policy.decimal(TOWNSHIP_MULTIPLE), policy.decimal(COUNTY_MULTIPLE),
                policy.integer(REPEAT_WINDOW_MONTHS), policy.integer(REPEAT_MAX_GRANTS),
                policy.date(UNINSURED_FROM), policy.date(UNINSURED_TO), policy.decimal(UNINSURED_MULTIPLE),
                policy.integer(UNINSURED_NO_INCOME_MONTHS), policy.tiers(TIERS));
    }

    private static TemporaryAssistanceParameters.Standard standard(ResolvedPolicy policy, ParameterDefinition own,
                                                                   ParameterDefinition dibao) {
        BigDecimal base = policy.money(own).orElse(null);
        if (base != null) {
            return new TemporaryAssistanceParameters.Standard(base, false, policy.source(own));
        }
        BigDecimal standard = policy.money(dibao).orElse(null);
        ParameterSource source = standard == null ? null : policy.source(dibao);
        return new TemporaryAssistanceParameters.Standard(standard, true, source);
    }

    private static FieldProblem problem(String field, String code, Object... args) {
        return new FieldProblem(field, code, "temporaryassistance.validation." + code, List.of(args));
    }
}
