package org.safeguard.policy.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.policy.DeclarationRequest;
import org.safeguard.policy.DeclarationState;
import org.safeguard.policy.DeclarationView;
import org.safeguard.policy.EmergencyDeclarations;
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
@RequestMapping("/api/v1/emergency-declarations")
@Tag(name = "Emergency declarations", description = "Declarations for a region subtree and period with the flags of "
        + "domain.md §1.3, each with its own validity: propose, approve or reject (a different reviewer), amend, end")
class EmergencyDeclarationApiController {

    record DecisionRequest(String reason) {
    }

    record EndRequest(String endsOn, String reason) {
    }

    private final EmergencyDeclarations declarations;
    private final CurrentStaff currentStaff;

    EmergencyDeclarationApiController(EmergencyDeclarations declarations, CurrentStaff currentStaff) {
        this.declarations = declarations;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('POLICY_READ')")
    @Operation(summary = "Declarations for the caller's subtree and the regions above it, newest first",
            description = "regionCode narrows to a subtree the caller covers (else 404); from/to (ISO dates) keep the "
                    + "declarations whose period overlaps them; state filters by lifecycle state.")
    ResponseEntity<List<DeclarationView>> list(@RequestParam(required = false) String regionCode,
                                               @RequestParam(required = false) String from,
                                               @RequestParam(required = false) String to,
                                               @RequestParam(required = false) DeclarationState state) {
        RegionCode region = null;
        if (regionCode != null && !regionCode.isBlank()) {
            if (!RegionCode.isWellFormed(regionCode.strip())) {
                throw SafeguardException.invalid(FieldProblem.of("regionCode", "INVALID_REGION_CODE"));
            }
            region = RegionCode.of(regionCode.strip());
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(declarations.list(region, date(from, "from"),
                date(to, "to"), state, currentStaff.get()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('POLICY_READ')")
    @Operation(summary = "A declaration with its flags, transitions and the actions its state allows")
    ResponseEntity<DeclarationView> get(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(declarations.find(id, currentStaff.get()));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('POLICY_PROPOSE')")
    @Operation(summary = "Propose a declaration (state PROPOSED; it sets no flag until approved)",
            description = "level HIGH|MEDIUM|LOW; startDate and endDate ISO dates (endDate optional = until ended); "
                    + "flags[].flag an EmergencyFlag with optional validFrom/validTo inside the period; "
                    + "EXTRA_LIVING_SUBSIDY needs extraSubsidy {targetGroups, amountType FIXED_YUAN|MULTIPLE_OF_STANDARD|"
                    + "EXTRA_MONTH, amount, inKindAllowed, months}; PRICE_SUBSIDY_OVERRIDE needs multiplier (e.g. 2). "
                    + "Every problem is reported with its field, e.g. flags[1].validTo OUTSIDE_DECLARATION_PERIOD.")
    ResponseEntity<DeclarationView> propose(@RequestBody DeclarationRequest request) {
        return created(declarations.propose(request, currentStaff.get()));
    }

    @PostMapping("/{id}/amendments")
    @PreAuthorize("hasAuthority('POLICY_PROPOSE')")
    @Operation(summary = "Propose an amendment of an approved declaration (same region); once approved it supersedes it")
    ResponseEntity<DeclarationView> amend(@PathVariable long id, @RequestBody DeclarationRequest request) {
        return created(declarations.amend(id, request, currentStaff.get()));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('POLICY_APPROVE')")
    @Operation(summary = "Approve (not by the proposer); an amendment supersedes the declaration it amends")
    ResponseEntity<DeclarationView> approve(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
        return ok(declarations.approve(id, request == null ? null : request.reason(), currentStaff.get()));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAuthority('POLICY_APPROVE')")
    @Operation(summary = "Reject (not by the proposer); a reason is required")
    ResponseEntity<DeclarationView> reject(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
        return ok(declarations.reject(id, request == null ? null : request.reason(), currentStaff.get()));
    }

    @PostMapping("/{id}/end")
    @PreAuthorize("hasAuthority('POLICY_APPROVE')")
    @Operation(summary = "End an approved declaration from endsOn (default today; its last day is the day before)",
            description = "Publishes EmergencyDeclarationEnded and EmergencyFlagEnded: queued exits become decidable and "
                    + "extended reviews fall due. endsOn after the start, not in the future; a reason is required.")
    ResponseEntity<DeclarationView> end(@PathVariable long id, @RequestBody(required = false) EndRequest request) {
        LocalDate endsOn = request == null ? null : date(request.endsOn(), "endsOn");
        return ok(declarations.end(id, endsOn, request == null ? null : request.reason(), currentStaff.get()));
    }

    private static ResponseEntity<DeclarationView> created(DeclarationView view) {
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/emergency-declarations/" + view.id()))
                .cacheControl(CacheControl.noStore()).body(view);
    }

    private static ResponseEntity<DeclarationView> ok(DeclarationView view) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view);
    }

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw SafeguardException.invalid(FieldProblem.of(field, "INVALID_FORMAT"));
        }
    }
}
