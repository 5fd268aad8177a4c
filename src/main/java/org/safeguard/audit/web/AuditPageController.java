package org.safeguard.audit.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.audit.AuditEntry;
import org.safeguard.audit.AuditLog;
import org.safeguard.audit.AuditVerification;
import org.safeguard.shared.RegionLevel;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's pages: browse and filter the log (newest first, limited like the API to entries
 * recorded by staff acting inside the viewer's subtree) and check the hash chain.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditPageController {

    record Row(long seq, String time, String username, String role, String actingRegion, String sourceIp,
               String action, String entityType, String entityId, String outcome, String details, String hash,
               String prevHash) {
    }

    record ErrorItem(String domId, String message) {
    }

    private static final int PAGE_SIZE = 50;

    private final AuditLog log;
    private final AuditVerification verification;
    private final CurrentStaff currentStaff;
    private final MessageSource messages;
    private final Clock clock;

    AuditPageController(AuditLog log, AuditVerification verification, CurrentStaff currentStaff,
                        MessageSource messages, Clock clock) {
        this.log = log;
        this.verification = verification;
        this.currentStaff = currentStaff;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String browse(@RequestParam(required = false) String user, @RequestParam(required = false) String entityType,
                  @RequestParam(required = false) String entityId, @RequestParam(required = false) String action,
                  @RequestParam(required = false) String purpose, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        LocalDate fromDate = date(from, "from", fieldErrors, locale);
        LocalDate toDate = date(to, "to", fieldErrors, locale);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            fieldErrors.put("to", messages.getMessage("audit.error.toBeforeFrom", null, locale));
        }
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("user", nz(user));
        filter.put("entityType", nz(entityType));
        filter.put("entityId", nz(entityId));
        filter.put("action", nz(action));
        filter.put("purpose", nz(purpose));
        if (blankToNull(purpose) != null && !purpose.strip().matches("[A-Z][A-Z_]{0,63}")) {
            fieldErrors.put("purpose", messages.getMessage("audit.error.purpose", null, locale));
        }
        filter.put("from", nz(from));
        filter.put("to", nz(to));
        model.addAttribute("filter", filter);
        if (!fieldErrors.isEmpty()) {
            model.addAttribute("fieldErrors", fieldErrors);
            model.addAttribute("errors", fieldErrors.entrySet().stream().map(e -> new ErrorItem(e.getKey(), e.getValue())).toList());
            model.addAttribute("rows", List.of());
            return "audit/log";
        }
        StaffPrincipal staff = currentStaff.get();
        Instant fromInstant = fromDate == null ? null : fromDate.atStartOfDay(clock.getZone()).toInstant();
        Instant toInstant = toDate == null ? null : toDate.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        AuditLog.Page result = log.browse(new AuditLog.Filter(blankToNull(user), blankToNull(entityType),
                blankToNull(entityId), blankToNull(action), fromInstant, toInstant, page, PAGE_SIZE,
                blankToNull(purpose) == null ? null : purpose.strip()),
                staff.scopeLikePattern(), provinceWide(staff));
        model.addAttribute("rows", result.items().stream().map(this::row).toList());
        model.addAttribute("page", result.page());
        model.addAttribute("hasNext", result.hasNext());
        return "audit/log";
    }

    @GetMapping("/entries/{seq}")
    String entry(@PathVariable long seq, Model model, HttpServletResponse response) {
        StaffPrincipal staff = currentStaff.get();
        var entry = log.find(seq, staff.scopeLikePattern(), provinceWide(staff));
        if (entry.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("status", 404);
            return "error";
        }
        model.addAttribute("entry", row(entry.get()));
        return "audit/entry";
    }

    @GetMapping("/verification")
    String verification(Model model) {
        model.addAttribute("result", verification.verify());
        model.addAttribute("checkedAt", format(clock.instant()));
        return "audit/verification";
    }

    private static boolean provinceWide(StaffPrincipal staff) {
        return staff.homeRegion().impliedLevel() == RegionLevel.PROVINCE;
    }

    private LocalDate date(String value, String field, Map<String, String> errors, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, messages.getMessage("audit.error.date", null, locale));
            return null;
        }
    }

    private Row row(AuditEntry e) {
        return new Row(e.seq(), format(e.occurredAt()), e.username(), e.role(), e.actingRegion(), e.sourceIp(),
                e.action(), e.entityType(), e.entityId(), e.outcome(), e.details(), e.hash(), e.prevHash());
    }

    private String format(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone()).format(instant);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
