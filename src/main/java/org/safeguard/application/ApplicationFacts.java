package org.safeguard.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguard.household.HouseholdView;
import org.safeguard.household.MemberView;
import org.safeguard.policy.EmergencyFlags;
import org.safeguard.policy.ParameterSource;
import org.safeguard.policy.PolicyParameters;
import org.safeguard.policy.ResolvedPolicy;
import org.safeguard.policy.dibao.DibaoCalculation;
import org.safeguard.policy.dibao.DibaoParameters;
import org.safeguard.policy.dibao.DibaoResult;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.policy.dibao.HukouType;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the investigation's income and asset items plus the registry's membership into the calculator's
 * {@link HouseholdFacts} (member ref = registry person id), runs {@link DibaoCalculation} on the acceptance date, and
 * writes the decision snapshot (domain.md §12): facts, result with trace, parameter sources, verification results,
 * emergency flags in force.
 */
@Component
class ApplicationFacts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DibaoCalculation calculation;
    private final PolicyParameters parameters;

    ApplicationFacts(DibaoCalculation calculation, PolicyParameters parameters) {
        this.calculation = calculation;
        this.parameters = parameters;
    }

    List<FieldProblem> validate(FactsInput facts, HouseholdView household) {
        List<FieldProblem> problems = new ArrayList<>();
        if (facts == null) {
            problems.add(FieldProblem.of("facts", "REQUIRED"));
            return problems;
        }
        if (facts.singlePersonId() != null && !isMember(household, facts.singlePersonId())) {
            problems.add(FieldProblem.of("facts.singlePersonId", "NOT_A_MEMBER"));
        }
        for (int i = 0; i < facts.members().size(); i++) {
            var m = facts.members().get(i);
            if (m == null || m.personId() == null || !isMember(household, m.personId())) {
                problems.add(FieldProblem.of("facts.members[" + i + "].personId", "NOT_A_MEMBER"));
                continue;
            }
            for (int j = 0; j < m.incomes().size(); j++) {
                var inc = m.incomes().get(j);
                String f = "facts.members[" + i + "].incomes[" + j + "]";
                if (inc == null || inc.type() == null) {
                    problems.add(FieldProblem.of(f + ".type", "REQUIRED"));
                }
                if (inc == null || inc.amount() == null || inc.amount().signum() < 0) {
                    problems.add(FieldProblem.of(f + ".amount", "TOO_SMALL", 0));
                }
            }
        }
        for (int i = 0; i < facts.assets().size(); i++) {
            var a = facts.assets().get(i);
            if (a == null || a.type() == null) {
                problems.add(FieldProblem.of("facts.assets[" + i + "].type", "REQUIRED"));
            } else if (a.ownerPersonId() != null && !isMember(household, a.ownerPersonId())) {
                problems.add(FieldProblem.of("facts.assets[" + i + "].ownerPersonId", "NOT_A_MEMBER"));
            }
            if (a != null && a.value() != null && a.value().signum() < 0) {
                problems.add(FieldProblem.of("facts.assets[" + i + "].value", "TOO_SMALL", 0));
            }
        }
        for (int i = 0; i < facts.deductions().size(); i++) {
            var d = facts.deductions().get(i);
            if (d == null || d.type() == null || d.amount() == null || d.amount().signum() < 0) {
                problems.add(FieldProblem.of("facts.deductions[" + i + "]", "INVALID"));
            }
        }
        return problems;
    }

    String toJson(FactsInput facts) {
        return JSON.writeValueAsString(facts);
    }

    FactsInput fromJson(String json) {
        return json == null ? null : JSON.readValue(json, FactsInput.class);
    }

    HouseholdFacts householdFacts(ApplicationRow r, HouseholdView household) {
        FactsInput in = fromJson(r.factsJson());
        Map<UUID, List<HouseholdFacts.Income>> incomes = new LinkedHashMap<>();
        if (in != null) {
            in.members().forEach(m -> incomes.computeIfAbsent(m.personId(), k -> new ArrayList<>())
                    .addAll(m.incomes().stream().map(i -> new HouseholdFacts.Income(i.type(), i.amount())).toList()));
        }
        List<HouseholdFacts.Member> members = new ArrayList<>();
        for (MemberView m : household.members()) {
            members.add(new HouseholdFacts.Member(m.personId().toString(), m.birthDate(), m.counted(),
                    m.exclusionReason() == null ? null : m.exclusionReason().name(), m.disabilityGrade(), m.seriousIllness(),
                    incomes.getOrDefault(m.personId(), List.of())));
        }
        List<HouseholdFacts.Asset> assets = in == null ? List.of() : in.assets().stream()
                .map(a -> new HouseholdFacts.Asset(a.type(), a.value(), a.count() == null ? 1 : a.count(),
                        a.ownerPersonId() == null ? null : a.ownerPersonId().toString())).toList();
        List<HouseholdFacts.Deduction> deductions = in == null ? List.of() : in.deductions().stream()
                .map(d -> new HouseholdFacts.Deduction(d.type(), d.amount())).toList();
        return new HouseholdFacts(HukouType.valueOf(household.hukouType().name()), members, assets, deductions,
                in == null || in.singlePersonId() == null ? null : in.singlePersonId().toString());
    }

    /** The calculator's result on the acceptance date (submission date before acceptance). */
    DibaoResult calculate(ApplicationRow r, HouseholdView household) {
        LocalDate reference = r.acceptedOn() != null ? r.acceptedOn() : r.submittedOn();
        return calculation.calculate(RegionCode.of(r.regionCode()), reference, householdFacts(r, household),
                DibaoParameters.Overrides.NONE);
    }

    String snapshot(ApplicationRow r, HouseholdView household, HouseholdFacts facts, DibaoResult result, BigDecimal amount,
                    boolean overridden, List<ApplicationView.VerificationResult> verifications, EmergencyFlags flags,
                    LocalDate decidedOn, String decidedBy) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("applicationId", r.id().toString());
        s.put("householdId", r.householdId().toString());
        s.put("regionCode", r.regionCode());
        s.put("procedure", r.procedure().name());
        s.put("acceptedOn", String.valueOf(r.acceptedOn()));
        s.put("decidedOn", decidedOn.toString());
        s.put("decidedBy", decidedBy);
        s.put("facts", facts);
        Map<String, Object> res = new LinkedHashMap<>();
        res.put("outcome", result.outcome().name());
        res.put("reasons", result.reasons().stream().map(x -> Map.of("code", x.code(), "rule", String.valueOf(x.rule()),
                "args", x.args().stream().map(String::valueOf).toList())).toList());
        res.put("referenceDate", result.referenceDate().toString());
        res.put("countedMembers", result.countedMembers());
        res.put("perCapitaIncome", String.valueOf(result.perCapitaIncome()));
        res.put("standard", String.valueOf(result.standard()));
        res.put("standardSource", source(result.standardSource()));
        res.put("monthlyAmount", result.monthlyAmount().toPlainString());
        res.put("trace", result.trace().stream().map(t -> Map.of("key", t.key(),
                "args", t.args().stream().map(String::valueOf).toList())).toList());
        s.put("calculation", res);
        s.put("decidedAmount", amount.toPlainString());
        s.put("amountOverridden", overridden);
        if (overridden) {
            s.put("override", Map.of("amount", r.overrideAmount().toPlainString(), "reason", String.valueOf(r.overrideReason()),
                    "proposedBy", String.valueOf(r.overrideProposedBy()), "confirmedBy", String.valueOf(r.overrideConfirmedBy())));
        }
        ResolvedPolicy policy = parameters.resolve(RegionCode.of(r.regionCode()), result.referenceDate());
        Map<String, Object> params = new LinkedHashMap<>();
        policy.all().forEach((k, v) -> params.put(k.name(), Map.of("value", String.valueOf(v.value() != null ? v.value()
                : k.name().equals("ASSET_RULES") ? v.assetRules() : v.supplements()), "source", source(v.source()))));
        s.put("parameters", params);
        s.put("verifications", verifications.stream().map(v -> Map.of("department", v.department(), "result", v.result(),
                "note", String.valueOf(v.note()), "receivedOn", v.receivedOn().toString())).toList());
        s.put("investigation", Map.of("method", String.valueOf(r.investigationMethod()), "investigators",
                String.valueOf(r.investigators()), "on", String.valueOf(r.investigatedOn())));
        s.put("emergencyFlags", Map.of("remoteInvestigationAllowed", flags.remoteInvestigationAllowed(),
                "exitsSuspended", flags.exitsSuspended(), "approvalDevolvedToTownship", flags.approvalDevolvedToTownship(),
                "periodicReviewsExtended", flags.periodicReviewsExtended(), "declarationIds", flags.declarationIds(),
                "devolvedAtTownshipStep", r.devolved()));
        s.put("visit", Map.of("required", r.visitRequired(), "nearRelativeOfStaff", r.nearRelativeOfStaff(),
                "complaint", r.complaint(), "spotCheck", r.spotCheck(), "on", String.valueOf(r.reviewVisitOn())));
        return JSON.writeValueAsString(s);
    }

    private static String source(ParameterSource source) {
        if (source == null) {
            return "none";
        }
        return source.kind() + (source.regionCode() == null ? "" : " " + source.regionCode().value())
                + (source.effectiveFrom() == null ? "" : " from " + source.effectiveFrom())
                + (source.versionId() == null ? "" : " v" + source.versionId()) + (source.illustrative() ? " (illustrative)" : "");
    }

    private static boolean isMember(HouseholdView household, UUID personId) {
        return household.members().stream().anyMatch(m -> m.personId().equals(personId));
    }
}
