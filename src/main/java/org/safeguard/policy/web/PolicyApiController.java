package org.safeguard.policy.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.policy.ImpactPreview;
import org.safeguard.policy.ParameterProposals;
import org.safeguard.policy.PolicyParameters;
import org.safeguard.policy.ProposalQueries;
import org.safeguard.policy.ProposalRequest;
import org.safeguard.policy.ProposalState;
import org.safeguard.policy.ProposalView;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/policy")
@Tag(name = "Policy parameters", description = "Parameters in force and their history; maker-checker proposals with an impact preview")
class PolicyApiController {

    record DecisionRequest(String reason) {
    }

    private final PolicyParameters parameters;
    private final ParameterProposals proposals;
    private final ProposalQueries queries;
    private final ImpactPreview preview;
    private final RegionCatalog regions;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    PolicyApiController(PolicyParameters parameters, ParameterProposals proposals, ProposalQueries queries,
                        ImpactPreview preview, RegionCatalog regions, CurrentStaff currentStaff, Clock clock) {
        this.parameters = parameters;
        this.proposals = proposals;
        this.queries = queries;
        this.preview = preview;
        this.regions = regions;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    @GetMapping("/parameters")
    @PreAuthorize("hasAuthority('POLICY_READ')")
    @Operation(summary = "Every parameter in force for a region on a date, with its source region and effective date, and the history",
            description = "regionCode must lie in the caller's subtree (else 404); date defaults to today. History lists the "
                    + "versions stored by the region and every region above it, newest first; inForce marks the ones in force.")
    ResponseEntity<ParameterOverview> parameters(@RequestParam String regionCode, @RequestParam(required = false) String date) {
        RegionCode region = scopedRegion(regionCode, currentStaff, regions);
        LocalDate on = parseDate(date, clock);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(ParameterOverview.of(parameters.catalog(), parameters.resolve(region, on), parameters.historyAlongAncestry(region),
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    }

    @PostMapping("/proposals")
    @PreAuthorize("hasAuthority('POLICY_PROPOSE')")
    @Operation(summary = "Propose a change of one or more parameters for one region from an effective date (past dates allowed)",
            description = "changes[].parameter is the name of a parameter in the catalog; changes[].value its text: amounts in yuan (e.g. 800), "
                    + "decimals, integers, true/false, ISO dates. SUPPLEMENTS: one line per supplement 'CATEGORY AMOUNT_TYPE VALUE'; "
                    + "ASSET_RULES: one line per rule 'CODE | TYPES | MEASURE | COMPARISON | THRESHOLD | EXEMPT'. "
                    + "Every problem is reported with its field, e.g. changes[0].value NEGATIVE or INVALID_EXPRESSION.")
    ResponseEntity<ProposalView> propose(@RequestBody ProposalRequest request) {
        ProposalView view = proposals.propose(request);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/policy/proposals/" + view.id()))
                .cacheControl(CacheControl.noStore()).body(view);
    }

    @GetMapping("/proposals")
    @PreAuthorize("hasAuthority('POLICY_READ')")
    @Operation(summary = "Proposals in the caller's subtree, newest first; state filter optional; waitingForMe=true lists the "
            + "open proposals someone else made (the ones the caller may decide)")
    ResponseEntity<List<ProposalView>> list(@RequestParam(required = false) ProposalState state,
                                            @RequestParam(defaultValue = "false") boolean waitingForMe) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(waitingForMe ? queries.waitingForMe() : queries.list(state));
    }

    @GetMapping("/proposals/{id}")
    @PreAuthorize("hasAuthority('POLICY_READ')")
    @Operation(summary = "A proposal with its changes, transitions, last impact preview and allowed actions")
    ResponseEntity<ProposalView> get(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(queries.find(id));
    }

    @PostMapping("/proposals/{id}/preview")
    @PreAuthorize("hasAnyAuthority('POLICY_PROPOSE', 'POLICY_APPROVE')")
    @Operation(summary = "Run the impact preview on the active dibao caseload of the region's subtree and store it",
            description = "Per child region: households whose amount changes, that gain or lose eligibility, monthly cost "
                    + "before and after. 409 with code CONFLICT when no caseload source is installed or the proposal is decided.")
    ResponseEntity<ProposalView> preview(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(preview.run(id));
    }

    @PostMapping("/proposals/{id}/approve")
    @PreAuthorize("hasAuthority('POLICY_APPROVE')")
    @Operation(summary = "Approve (not by the proposer): records the versions and publishes PolicyChangeApproved")
    ResponseEntity<ProposalView> approve(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(proposals.approve(id, reason(request)));
    }

    @PostMapping("/proposals/{id}/reject")
    @PreAuthorize("hasAuthority('POLICY_APPROVE')")
    @Operation(summary = "Reject (not by the proposer); a reason is required")
    ResponseEntity<ProposalView> reject(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(proposals.reject(id, reason(request)));
    }

    @PostMapping("/proposals/{id}/withdraw")
    @PreAuthorize("hasAuthority('POLICY_PROPOSE')")
    @Operation(summary = "Withdraw (the proposer only)")
    ResponseEntity<ProposalView> withdraw(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(proposals.withdraw(id, reason(request)));
    }

    private static String reason(DecisionRequest request) {
        return request == null ? null : request.reason();
    }

    static RegionCode scopedRegion(String regionCode, CurrentStaff currentStaff, RegionCatalog regions) {
        if (regionCode == null || !RegionCode.isWellFormed(regionCode.strip())) {
            throw SafeguardException.invalid(FieldProblem.of("regionCode", "INVALID_REGION_CODE"));
        }
        RegionCode region = RegionCode.of(regionCode.strip());
        if (!currentStaff.get().canSee(region) || regions.find(region).isEmpty()) {
            throw SafeguardException.notFound("region");
        }
        return region;
    }

    static LocalDate parseDate(String date, Clock clock) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw SafeguardException.invalid(FieldProblem.of("date", "INVALID_FORMAT"));
        }
    }
}
