package org.safeguard.goodfaith.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.goodfaith.CorrectionOutcome;
import org.safeguard.goodfaith.GoodFaithQueries;
import org.safeguard.goodfaith.GoodFaithView;
import org.safeguard.goodfaith.RecordCorrectionOutcome;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.web.Versions;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/good-faith-records")
@Tag(name = "Good-faith records", description = "容错免责 (domain.md §12): decisions taken under simplified emergency "
        + "procedures, their re-check after the declaration ends and its outcome")
class GoodFaithApiController {

    record OutcomeBody(String outcome, String note, Integer version) {
    }

    private final GoodFaithQueries queries;
    private final RecordCorrectionOutcome outcomes;

    GoodFaithApiController(GoodFaithQueries queries, RecordCorrectionOutcome outcomes) {
        this.queries = queries;
        this.outcomes = outcomes;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('GOOD_FAITH_READ')")
    @Operation(summary = "The records of the caller's region (or a region inside it): filter ALL, FLAGGED (declaration "
            + "still running), OPEN, OVERDUE, DONE, LATE (re-checked after the deadline); with the count per status")
    ResponseEntity<GoodFaithQueries.Listing> list(@RequestParam(defaultValue = "ALL") String filter,
                                                  @RequestParam(required = false) String regionCode) {
        GoodFaithQueries.Filter f;
        try {
            f = GoodFaithQueries.Filter.valueOf(filter.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw SafeguardException.invalid(FieldProblem.of("filter", "INVALID_VALUE"));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(queries.list(f, regionCode));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('GOOD_FAITH_READ')")
    @Operation(summary = "One record, with its version as ETag; outside the caller's region 404")
    ResponseEntity<GoodFaithView> find(@PathVariable long id) {
        GoodFaithView view = queries.find(id);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).eTag(String.valueOf(view.version())).body(view);
    }

    @PostMapping("/{id}/outcome")
    @PreAuthorize("hasAuthority('GOOD_FAITH_CORRECT')")
    @Operation(summary = "Record the re-check's outcome: CONFIRMED, CORRECTED or STOPPED (a note is required for the "
            + "last two); version in the body or If-Match (428 without, 409 STALE_VERSION when stale); 409 when the "
            + "re-check is not open yet or was recorded already")
    ResponseEntity<GoodFaithView> outcome(@PathVariable long id, @RequestBody OutcomeBody body,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Integer version = Versions.ofInt(body.version(), ifMatch);
        if (version == null) {
            throw Versions.missing();
        }
        GoodFaithView view = outcomes.record(id, parse(body.outcome()), body.note(), version);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).eTag(String.valueOf(view.version())).body(view);
    }

    static CorrectionOutcome parse(String outcome) {
        if (outcome == null || outcome.isBlank()) {
            throw SafeguardException.invalid(FieldProblem.of("outcome", "REQUIRED"));
        }
        try {
            return CorrectionOutcome.valueOf(outcome.strip());
        } catch (IllegalArgumentException e) {
            throw SafeguardException.invalid(FieldProblem.of("outcome", "INVALID_VALUE"));
        }
    }
}
