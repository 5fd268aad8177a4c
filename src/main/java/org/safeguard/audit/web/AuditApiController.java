package org.safeguard.audit.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.audit.AuditLog;
import org.safeguard.audit.AuditVerification;
import org.safeguard.shared.RegionLevel;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only, hash-chained audit log")
class AuditApiController {

    private final AuditVerification verification;
    private final AuditLog log;
    private final CurrentStaff currentStaff;

    AuditApiController(AuditVerification verification, AuditLog log, CurrentStaff currentStaff) {
        this.verification = verification;
        this.log = log;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/verification")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    @Operation(summary = "Recompute the hash chain; reports the first broken entry if any")
    Map<String, Object> verify() {
        AuditVerification.Result r = verification.verify();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", r.valid());
        body.put("checkedEntries", r.checkedEntries());
        if (!r.valid()) {
            body.put("firstBrokenEntry", r.firstBrokenEntry());
            body.put("problem", r.problem());
        }
        return body;
    }

    @GetMapping("/entries")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    @Operation(summary = "Browse entries recorded within the caller's region, newest first; purpose= lists reveals of "
            + "personal data made for that purpose")
    AuditLog.Page entries(@RequestParam(required = false) String username,
                          @RequestParam(required = false) String entityType,
                          @RequestParam(required = false) String entityId,
                          @RequestParam(required = false) String action,
                          @RequestParam(required = false) String purpose,
                          @RequestParam(required = false) Instant from,
                          @RequestParam(required = false) Instant to,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "50") int size) {
        var staff = currentStaff.get();
        boolean provinceWide = staff.homeRegion().impliedLevel() == RegionLevel.PROVINCE;
        return log.browse(new AuditLog.Filter(username, entityType, entityId, action, from, to, page, size,
                        purpose == null || purpose.isBlank() ? null : purpose.strip()),
                staff.scopeLikePattern(), provinceWide);
    }
}
