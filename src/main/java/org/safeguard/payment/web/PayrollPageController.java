package org.safeguard.payment.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.payment.ApprovePayroll;
import org.safeguard.payment.CancelPayroll;
import org.safeguard.payment.ExportPayroll;
import org.safeguard.payment.BankReturnJobs;
import org.safeguard.payment.BankReturnUpload;
import org.safeguard.payment.PayrollQueries;
import org.safeguard.payment.PayrollSources;
import org.safeguard.payment.PayrollState;
import org.safeguard.payment.PayrollView;
import org.safeguard.payment.ReissueLine;
import org.safeguard.payment.StartPayroll;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.Permission;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The payroll pages: list and start, and one payroll with its progress, approval, bank file, bank return and re-issue. */
@Controller
@RequestMapping("/payrolls")
class PayrollPageController {

    private final PayrollQueries queries;
    private final PayrollSources sources;
    private final StartPayroll start;
    private final ApprovePayroll approve;
    private final CancelPayroll cancel;
    private final ExportPayroll export;
    private final BankReturnJobs bankReturns;
    private final ReissueLine reissue;
    private final CurrentStaff currentStaff;
    private final MessageSource messages;

    PayrollPageController(PayrollQueries queries, PayrollSources sources, StartPayroll start, ApprovePayroll approve,
                          CancelPayroll cancel, ExportPayroll export, BankReturnJobs bankReturns, ReissueLine reissue,
                          CurrentStaff currentStaff, MessageSource messages) {
        this.queries = queries;
        this.sources = sources;
        this.start = start;
        this.approve = approve;
        this.cancel = cancel;
        this.export = export;
        this.bankReturns = bankReturns;
        this.reissue = reissue;
        this.currentStaff = currentStaff;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PAYROLL_READ')")
    String list(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String month,
                @RequestParam(required = false) String benefit, Model model) {
        YearMonth ym = parseMonth(month);
        model.addAttribute("payrolls", queries.list(blank(regionCode), ym, blank(benefit)));
        model.addAttribute("benefits", sources.benefits());
        model.addAttribute("filter", Map.of("regionCode", nz(regionCode), "month", nz(month), "benefit", nz(benefit)));
        model.addAttribute("mayGenerate", currentStaff.get().may(Permission.PAYROLL_GENERATE));
        model.addAttribute("homeRegion", currentStaff.get().homeRegion().value());
        return "payment/list";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    String start(@RequestParam String regionCode, @RequestParam String month, @RequestParam String benefit,
                 RedirectAttributes redirect, Locale locale) {
        try {
            PayrollView view = start.start(new StartPayroll.Request(blank(regionCode), parseMonthOrFail(month), blank(benefit), null));
            redirect.addFlashAttribute("notice", "payment.notice.started");
            return "redirect:/payrolls/" + view.id();
        } catch (SafeguardException e) {
            redirect.addFlashAttribute("error", describe(e, locale));
            return "redirect:/payrolls";
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PAYROLL_READ')")
    String detail(@PathVariable UUID id, Model model) {
        PayrollView payroll = queries.find(id);
        var staff = currentStaff.get();
        model.addAttribute("payroll", payroll);
        model.addAttribute("transitions", queries.transitions(id));
        model.addAttribute("lines", queries.lines(id, null, 50));
        model.addAttribute("failedLines", queries.lines(id, "FAILED", 200));
        model.addAttribute("mayApprove", staff.may(Permission.PAYROLL_APPROVE) && payroll.state() == PayrollState.GENERATED
                && !staff.username().equals(payroll.createdBy()));
        model.addAttribute("isGenerator", staff.username().equals(payroll.createdBy()));
        model.addAttribute("mayCancel", staff.may(Permission.PAYROLL_GENERATE)
                && (payroll.state() == PayrollState.GENERATING || payroll.state() == PayrollState.GENERATED));
        model.addAttribute("mayExport", staff.may(Permission.PAYROLL_EXPORT));
        model.addAttribute("mayReconcile", staff.may(Permission.PAYROLL_RECONCILE));
        model.addAttribute("bankReturns", staff.may(Permission.PAYROLL_RECONCILE) ? bankReturns.recent(id) : List.of());
        return "payment/detail";
    }

    /** The queued bank returns htmx polls every 2 s while one is unfinished; then it reloads the page. */
    @GetMapping("/{id}/bank-returns")
    @PreAuthorize("hasAuthority('PAYROLL_RECONCILE')")
    String bankReturns(@PathVariable UUID id, Model model, HttpServletResponse response,
                       @RequestHeader(name = "HX-Request", required = false) String htmx) {
        List<BankReturnUpload> recent = bankReturns.recent(id);
        if (htmx != null && recent.stream().allMatch(BankReturnUpload::finished)) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("payroll", queries.find(id));
        model.addAttribute("bankReturns", recent);
        return htmx != null ? "payment/detail :: bank-returns" : "redirect:/payrolls/" + id;
    }

    /** The progress fragment htmx polls every second while the payroll is generating; then it reloads the page. */
    @GetMapping("/{id}/progress")
    @PreAuthorize("hasAuthority('PAYROLL_READ')")
    String progress(@PathVariable UUID id, Model model, HttpServletResponse response,
                    @RequestHeader(name = "HX-Request", required = false) String htmx) {
        PayrollView payroll = queries.find(id);
        if (htmx != null && payroll.state() != PayrollState.GENERATING) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("payroll", payroll);
        return htmx != null ? "payment/detail :: progress" : "redirect:/payrolls/" + id;
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('PAYROLL_APPROVE')")
    String approve(@PathVariable UUID id, @RequestParam Integer lineCount, @RequestParam BigDecimal totalAmount,
                   @RequestParam String fileHash, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "payment.notice.approved",
                () -> approve.approve(id, new ApprovePayroll.Confirmation(lineCount, totalAmount, fileHash)));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
                  Locale locale) {
        return act(id, redirect, locale, "payment.notice.cancelled", () -> cancel.cancel(id, blank(reason)));
    }

    @PostMapping("/{id}/export")
    @PreAuthorize("hasAuthority('PAYROLL_EXPORT')")
    Object export(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format, RedirectAttributes redirect,
                  Locale locale) {
        try {
            return PayrollApiController.file(export.export(id, ExportPayroll.Format.parse(format)));
        } catch (SafeguardException e) {
            return refused(id, e, redirect, locale);
        }
    }

    @GetMapping("/{id}/file")
    @PreAuthorize("hasAuthority('PAYROLL_EXPORT')")
    Object file(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format, RedirectAttributes redirect,
                Locale locale) {
        try {
            return PayrollApiController.file(export.download(id, ExportPayroll.Format.parse(format)));
        } catch (SafeguardException e) {
            return refused(id, e, redirect, locale);
        }
    }

    @PostMapping("/{id}/bank-return")
    @PreAuthorize("hasAuthority('PAYROLL_RECONCILE')")
    String bankReturn(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
                      RedirectAttributes redirect, Locale locale) {
        queries.find(id);
        if (file == null || file.isEmpty()) {
            return refused(id, SafeguardException.invalid(FieldProblem.of("file", "REQUIRED")), redirect, locale);
        }
        try {
            BankReturnJobs.Outcome o = bankReturns.applyOrQueue(id, file.getOriginalFilename(), file, file.getSize());
            redirect.addFlashAttribute("notice", o.isQueued() ? "payment.notice.bankReturnQueued" : "payment.notice.bankReturn");
            return "redirect:/payrolls/" + id;
        } catch (SafeguardException e) {
            return refused(id, e, redirect, locale);
        }
    }

    @PostMapping("/{id}/lines/{lineId}/reissue")
    @PreAuthorize("hasAuthority('PAYROLL_RECONCILE')")
    String reissue(@PathVariable UUID id, @PathVariable UUID lineId, @RequestParam(required = false) String bankAccount,
                   @RequestParam(required = false) String bankName, RedirectAttributes redirect, Locale locale) {
        try {
            UUID batch = reissue.reissue(id, lineId, new ReissueLine.NewAccount(bankAccount, bankName));
            redirect.addFlashAttribute("notice", "payment.notice.reissued");
            return "redirect:/payrolls/" + batch;
        } catch (SafeguardException e) {
            return refused(id, e, redirect, locale);
        }
    }

    @ExceptionHandler(SafeguardException.class)
    ModelAndView notFound(SafeguardException e) {
        HttpStatus status = e.code() == ProblemCode.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }

    private String act(UUID id, RedirectAttributes redirect, Locale locale, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/payrolls/" + id;
        } catch (SafeguardException e) {
            return refused(id, e, redirect, locale);
        }
    }

    private String refused(UUID id, SafeguardException e, RedirectAttributes redirect, Locale locale) {
        if (e.code() == ProblemCode.NOT_FOUND) {
            throw e;
        }
        redirect.addFlashAttribute("error", describe(e, locale));
        return "redirect:/payrolls/" + id;
    }

    private String describe(SafeguardException e, Locale locale) {
        String text = messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), locale);
        if (e.fieldProblems().isEmpty()) {
            return text;
        }
        return text + " " + e.fieldProblems().stream().limit(20)
                .map(p -> p.field() + ": " + messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale))
                .collect(Collectors.joining("; "));
    }

    private static YearMonth parseMonth(String month) {
        try {
            return month == null || month.isBlank() ? null : YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static YearMonth parseMonthOrFail(String month) {
        YearMonth ym = parseMonth(month);
        if (ym == null) {
            throw SafeguardException.invalid(FieldProblem.of("month", "INVALID_FORMAT"));
        }
        return ym;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
