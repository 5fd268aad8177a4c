package org.safeguard.payment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.safeguard.payment.ConfirmDisbursement;
import org.safeguard.payment.DisbursementQueries;
import org.safeguard.payment.DisbursementView;
import org.safeguard.payment.RecordDisbursement;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.Permission;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The window: record a cash or in-kind disbursement (form, then check answers, then record), and confirm one recorded
 * by someone else. The check step writes nothing; the record step validates again, so a changed form cannot slip by.
 */
@Controller
@RequestMapping("/disbursements")
class DisbursementPageController {

    private final RecordDisbursement record;
    private final ConfirmDisbursement confirm;
    private final DisbursementQueries queries;
    private final CurrentStaff currentStaff;
    private final MessageSource messages;

    DisbursementPageController(RecordDisbursement record, ConfirmDisbursement confirm, DisbursementQueries queries,
                               CurrentStaff currentStaff, MessageSource messages) {
        this.record = record;
        this.confirm = confirm;
        this.queries = queries;
        this.currentStaff = currentStaff;
        this.messages = messages;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    String form(Model model) {
        DisbursementForm form = new DisbursementForm();
        form.setRegionCode(currentStaff.get().homeRegion().value());
        return page(form, DisbursementFormErrors.none(), model);
    }

    /** "Change" on the check-answers page comes back here with the values. */
    @PostMapping("/new")
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    String change(@ModelAttribute("form") DisbursementForm form, Model model) {
        return page(form, DisbursementFormErrors.none(), model);
    }

    @PostMapping("/check")
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    String check(@ModelAttribute("form") DisbursementForm form, Model model, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        RecordDisbursement.Request request = form.toRequest(problems);
        try {
            RecordDisbursement.Checked checked = checkAll(request, problems);
            model.addAttribute("form", form);
            model.addAttribute("checked", checked);
            model.addAttribute("amount", java.math.BigDecimal.valueOf(checked.amountFen(), 2));
            return "payment/disbursement-check";
        } catch (SafeguardException e) {
            return page(form, errors(e, locale), model);
        }
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PAYROLL_GENERATE')")
    String record(@ModelAttribute("form") DisbursementForm form, Model model, RedirectAttributes redirect, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        RecordDisbursement.Request request = form.toRequest(problems);
        try {
            checkAll(request, problems);
            DisbursementView view = record.record(request);
            redirect.addFlashAttribute("notice", "payment.disbursement.notice.recorded");
            return "redirect:/disbursements/" + view.id();
        } catch (SafeguardException e) {
            return page(form, errors(e, locale), model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PAYROLL_READ')")
    String detail(@PathVariable UUID id, Model model) {
        DisbursementView view = queries.find(id);
        var staff = currentStaff.get();
        model.addAttribute("d", view);
        model.addAttribute("mayConfirm", staff.may(Permission.PAYROLL_APPROVE) && !view.paid()
                && !staff.username().equals(view.recordedBy()));
        model.addAttribute("isRecorder", staff.username().equals(view.recordedBy()));
        return "payment/disbursement";
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasAuthority('PAYROLL_APPROVE')")
    String confirm(@PathVariable UUID id, @RequestParam(required = false) String checkedReceipt,
                   RedirectAttributes redirect, Locale locale) {
        queries.find(id); // outside the caller's region the disbursement does not exist for them, ticked or not
        if (!"true".equals(checkedReceipt)) {
            redirect.addFlashAttribute("error", messages.getMessage("payment.disbursement.confirm.tick", null, locale));
            return "redirect:/disbursements/" + id;
        }
        try {
            confirm.confirm(id);
            redirect.addFlashAttribute("notice", "payment.disbursement.notice.confirmed");
        } catch (SafeguardException e) {
            if (e.code() == org.safeguard.shared.ProblemCode.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.arguments().toArray(), locale));
        }
        return "redirect:/disbursements/" + id;
    }

    /** The form's own problems (text that is no number, id or time) together with the service's, in one summary. */
    private RecordDisbursement.Checked checkAll(RecordDisbursement.Request request, List<FieldProblem> formProblems) {
        List<FieldProblem> all = new ArrayList<>(formProblems);
        RecordDisbursement.Checked checked = null;
        try {
            checked = record.check(request);
        } catch (SafeguardException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            e.fieldProblems().stream().filter(p -> formProblems.stream().noneMatch(f -> f.field().equals(p.field())))
                    .forEach(all::add);
        }
        if (!all.isEmpty()) {
            throw SafeguardException.invalid(all);
        }
        return checked;
    }

    private DisbursementFormErrors errors(SafeguardException e, Locale locale) {
        if (e.fieldProblems().isEmpty()) {
            return DisbursementFormErrors.general(messages.getMessage(e.messageKey(), e.arguments().toArray(),
                    e.messageKey(), locale));
        }
        return DisbursementFormErrors.of(e.fieldProblems(), messages, locale);
    }

    private String page(DisbursementForm form, DisbursementFormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("payeeKinds", List.of("HOUSEHOLD", "PERSON", "UNREGISTERED"));
        return "payment/disbursement-form";
    }
}
