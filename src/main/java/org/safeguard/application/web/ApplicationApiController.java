package org.safeguard.application.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.application.ActionRequest;
import org.safeguard.application.ApplicationAction;
import org.safeguard.application.ApplicationQueries;
import org.safeguard.application.ApplicationState;
import org.safeguard.application.ApplicationView;
import org.safeguard.application.DibaoApplications;
import org.safeguard.application.RegisterDibaoApplication;
import org.safeguard.application.NewApplication;
import org.safeguard.application.TransitionView;
import org.safeguard.shared.idempotency.Idempotent;
import org.safeguard.shared.web.Versions;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/v1/dibao/applications")
@Tag(name = "Dibao applications", description = "Registration, casework steps, public notice, review and decision under the 2012 or 2021 procedure")
class ApplicationApiController {

    static final String ACTION_PATH = "/api/v1/dibao/applications/{id}/actions/{action}";

    private final DibaoApplications applications;
    private final RegisterDibaoApplication registration;
    private final ApplicationQueries queries;

    ApplicationApiController(DibaoApplications applications, RegisterDibaoApplication registration, ApplicationQueries queries) {
        this.applications = applications;
        this.registration = registration;
        this.queries = queries;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('APPLICATION_WRITE')")
    @Operation(summary = "Register an application for a household in the registry (one open application per household: 409 CONFLICT otherwise; a household still receiving dibao: 409 DIBAO_ALREADY_ACTIVE); "
            + "with draft=true it is saved as a DRAFT: not submitted, no clock, listed only in its author's queue, SUBMIT later")
    ResponseEntity<ApplicationView> create(@RequestBody NewApplication request) {
        UUID id = registration.register(request);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/dibao/applications/" + id))
                .cacheControl(CacheControl.noStore()).body(queries.find(id));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('APPLICATION_READ')")
    @Operation(summary = "Applications in the caller's subtree, most urgent first; filters state, overdue, regionCode, mine (assigned to me), open; paged; drafts only to their author")
    ResponseEntity<ApplicationQueries.Page> list(@RequestParam(required = false) ApplicationState state,
                                                 @RequestParam(defaultValue = "false") boolean overdue,
                                                 @RequestParam(required = false) String regionCode,
                                                 @RequestParam(defaultValue = "false") boolean mine,
                                                 @RequestParam(defaultValue = "false") boolean open,
                                                 @RequestParam(defaultValue = "0") int page,
                                                 @RequestParam(defaultValue = "50") int size) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(queries.list(new ApplicationQueries.Filter(state, overdue, regionCode, mine, open, page, size)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('APPLICATION_READ')")
    @Operation(summary = "One application: state, step records, due dates (step and overall), and the actions the caller may take")
    ResponseEntity<ApplicationView> get(@PathVariable UUID id) {
        ApplicationView view = queries.find(id);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).eTag(String.valueOf(view.version())).body(view);
    }

    @GetMapping("/{id}/transitions")
    @PreAuthorize("hasAuthority('APPLICATION_READ')")
    @Operation(summary = "Every recorded action: who, when, effective date, from, to, reason")
    ResponseEntity<List<TransitionView>> transitions(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(queries.transitions(id));
    }

    @PostMapping("/{id}/actions/{action}")
    @Idempotent
    @PreAuthorize("hasAuthority('APPLICATION_READ')")
    @Operation(summary = "Take an action; 403 without the action's permission, 404 outside the caller's subtree, "
            + "409 with allowedActions and failedPreconditions, 400 with field errors; the case's version (body version, or "
            + "If-Match with the ETag of GET) is required: 428 VERSION_REQUIRED without it, 409 STALE_VERSION when the case "
            + "changed meanwhile. The table of actions is below.")
    ResponseEntity<ApplicationView> act(@PathVariable UUID id, @PathVariable ApplicationAction action,
                                        @RequestBody(required = false) ActionRequest request,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        ActionRequest in = request == null ? ActionRequest.empty() : request;
        applications.act(id, action, in.withVersion(Versions.of(in.version(), ifMatch)));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(queries.find(id));
    }

    @GetMapping("/{id}/notices")
    @PreAuthorize("hasAuthority('APPLICATION_READ')")
    @Operation(summary = "The printable notices available for the application (public notice, approval or rejection notice), as page links")
    ResponseEntity<List<Map<String, String>>> notices(@PathVariable UUID id) {
        ApplicationView v = queries.find(id);
        List<Map<String, String>> notices = new java.util.ArrayList<>();
        if (v.noticePostedOn() != null) {
            notices.add(Map.of("kind", "PUBLIC_NOTICE", "href", "/applications/" + id + "/notices/public"));
        }
        if (v.state() == ApplicationState.APPROVED || v.state() == ApplicationState.REJECTED) {
            notices.add(Map.of("kind", v.state() == ApplicationState.APPROVED ? "APPROVAL" : "REJECTION",
                    "href", "/applications/" + id + "/notices/decision"));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(notices);
    }
}
