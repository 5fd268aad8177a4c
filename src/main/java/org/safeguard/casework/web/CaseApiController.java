package org.safeguard.casework.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.casework.CaseKinds;
import org.safeguard.casework.CaseLifecycle;
import org.safeguard.casework.CaseQueries;
import org.safeguard.casework.CaseQueues;
import org.safeguard.casework.CaseReassignment;
import org.safeguard.casework.CaseTransitionView;
import org.safeguard.casework.CaseView;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.web.Versions;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases of every kind: work queues, one case, its timeline, reassignment. A caller sees only the kinds whose read
 * authority they hold (none: 403) and only their subtree.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Work queues, timeline and reassignment for the cases of every benefit or service kind")
class CaseApiController {

    private final CaseQueues queues;
    private final CaseQueries queries;
    private final CaseReassignment reassignment;
    private final CaseKinds kinds;
    private final CurrentStaff currentStaff;

    CaseApiController(CaseQueues queues, CaseQueries queries, CaseReassignment reassignment, CaseKinds kinds,
                      CurrentStaff currentStaff) {
        this.queues = queues;
        this.queries = queries;
        this.reassignment = reassignment;
        this.kinds = kinds;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    @Operation(summary = "A work queue: queue=mine|team|due|overdue, filters kind, state, region (within the caller's subtree, "
            + "else 404), sort=due|opened|updated (default due: most urgent first), page, size (1-100); 'more' says whether another page exists")
    ResponseEntity<CaseQueues.Page> queue(@RequestParam(required = false) String queue,
                                          @RequestParam(required = false) String kind,
                                          @RequestParam(required = false) String state,
                                          @RequestParam(required = false) String region,
                                          @RequestParam(required = false) String sort,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "50") int size) {
        readable();
        CaseQueues.Filter filter = new CaseQueues.Filter(parse(CaseQueues.Queue.class, "queue", queue),
                blank(kind), blank(state), blank(region), parse(CaseQueues.Sort.class, "sort", sort), page, size);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(queues.queue(filter));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case: kind, subject (masked), region, assignee, state, version, step due and whether it is overdue")
    ResponseEntity<CaseView> get(@PathVariable UUID id) {
        readable();
        CaseView view = queries.find(id);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).eTag(String.valueOf(view.version())).body(view);
    }

    @GetMapping("/{id}/transitions")
    @Operation(summary = "Every recorded transition of the case: who, when, effective date, from, to, action, reason")
    ResponseEntity<List<CaseTransitionView>> transitions(@PathVariable UUID id) {
        readable();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(queries.transitions(id));
    }

    @PostMapping("/{id}/reassign")
    @Operation(summary = "Hand the case to staff covering its region who can take its next step; reason required; "
            + "version (body, or If-Match with the ETag of GET) required: 428 VERSION_REQUIRED without it, 409 STALE_VERSION "
            + "when the case changed; 409 with allowedActions in a state without reassignment")
    ResponseEntity<CaseView> reassign(@PathVariable UUID id, @RequestBody(required = false) CaseReassignment.Request request,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        readable();
        CaseReassignment.Request in = request == null ? new CaseReassignment.Request(null, null, null) : request;
        in = new CaseReassignment.Request(in.assignee(), in.reason(), Versions.of(in.version(), ifMatch));
        CaseLifecycle.Transitioned done = reassignment.reassign(id, in);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(queries.find(done.caseId()));
    }

    private void readable() {
        if (kinds.readableBy(currentStaff.get().role()).isEmpty()) {
            throw SafeguardException.forbidden();
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw SafeguardException.invalid(FieldProblem.of(field, "INVALID"));
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
