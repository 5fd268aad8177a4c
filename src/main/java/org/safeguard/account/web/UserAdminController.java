package org.safeguard.account.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.account.AssignStaffAccount;
import org.safeguard.account.CreateStaffAccount;
import org.safeguard.account.DisableStaffAccount;
import org.safeguard.account.EnableStaffAccount;
import org.safeguard.account.ResetStaffPassword;
import org.safeguard.account.StaffAccountView;
import org.safeguard.account.StaffDirectory;
import org.safeguard.account.UnlockStaffAccount;
import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration pages. Every write goes through the same use cases as the API, with the same scope. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('USER_ADMIN')")
class UserAdminController {

    record RegionOption(String code, String label) {
    }

    private final StaffDirectory directory;
    private final CreateStaffAccount create;
    private final DisableStaffAccount disable;
    private final EnableStaffAccount enable;
    private final UnlockStaffAccount unlock;
    private final AssignStaffAccount assign;
    private final ResetStaffPassword resetPassword;
    private final RegionCatalog regions;
    private final CurrentStaff currentStaff;
    private final MessageSource messages;
    private final Clock clock;

    UserAdminController(StaffDirectory directory, CreateStaffAccount create, DisableStaffAccount disable,
                        EnableStaffAccount enable, UnlockStaffAccount unlock, AssignStaffAccount assign,
                        ResetStaffPassword resetPassword, RegionCatalog regions, CurrentStaff currentStaff,
                        MessageSource messages, Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.create = create;
        this.disable = disable;
        this.enable = enable;
        this.unlock = unlock;
        this.assign = assign;
        this.resetPassword = resetPassword;
        this.regions = regions;
        this.currentStaff = currentStaff;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        model.addAttribute("users", directory.list());
        model.addAttribute("regionNames", regionNames(locale));
        return "admin/users";
    }

    @GetMapping("/new")
    String newForm(Model model, Locale locale) {
        model.addAttribute("form", new UserForm());
        return newPage(model, locale);
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, Model model, Locale locale, RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        Role role = RoleField.parse(form.getRole(), problems);
        try {
            long id = RoleField.withProblems(problems, () -> create.create(new CreateStaffAccount.NewAccount(
                    form.getUsername(), form.getDisplayName(), role, form.getDepartment(), form.getHomeRegion(),
                    form.getPassword())));
            redirect.addFlashAttribute("notice", "admin.notice.created");
            return "redirect:/admin/users/" + id;
        } catch (SafeguardException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            form.setPassword(null);
            FormErrors.addTo(model, e.fieldProblems(), messages, locale);
            return newPage(model, locale);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        StaffAccountView user = directory.find(id);
        if (!model.containsAttribute("form")) {
            UserForm form = new UserForm();
            form.setRole(user.role().name());
            form.setDepartment(user.department());
            form.setHomeRegion(user.homeRegion());
            form.setDisplayName(user.displayName());
            form.setVersion(user.version());
            model.addAttribute("form", form);
        }
        return detailPage(user, model, locale);
    }

    @PostMapping("/{id}/assignment")
    String assign(@PathVariable long id, @ModelAttribute("form") UserForm form, Model model, Locale locale,
                  RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        Role role = RoleField.parse(form.getRole(), problems);
        try {
            RoleField.withProblems(problems, () -> {
                assign.assign(id, new AssignStaffAccount.Assignment(role, form.getDepartment(), form.getHomeRegion(),
                        form.getDisplayName(), form.getVersion()));
                return id;
            });
            return done(id, "admin.notice.assigned", redirect);
        } catch (SafeguardException e) {
            if (e.fieldProblems().isEmpty()) {
                return refused(id, e, redirect);
            }
            FormErrors.addTo(model, e.fieldProblems(), messages, locale);
            return detailPage(directory.find(id), model, locale);
        }
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        try {
            disable.disable(id);
            return done(id, "admin.notice.disabled", redirect);
        } catch (SafeguardException e) {
            return refused(id, e, redirect);
        }
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        enable.enable(id);
        return done(id, "admin.notice.enabled", redirect);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        unlock.unlock(id);
        return done(id, "admin.notice.unlocked", redirect);
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(name = "password", required = false) String password,
                         Model model, Locale locale, RedirectAttributes redirect) {
        try {
            resetPassword.reset(id, password);
            return done(id, "admin.notice.passwordReset", redirect);
        } catch (SafeguardException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            FormErrors.addTo(model, e.fieldProblems(), messages, locale);
            return detail(id, model, locale);
        }
    }

    /** Ids outside the administrator's subtree look exactly like ids that do not exist. */
    @ExceptionHandler(SafeguardException.class)
    String failed(SafeguardException e, Model model, HttpServletResponse response) {
        int status = e.code() == ProblemCode.NOT_FOUND ? 404 : e.code() == ProblemCode.FORBIDDEN ? 403 : 400;
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }

    private static String done(long id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/users/" + id;
    }

    private static String refused(long id, SafeguardException e, RedirectAttributes redirect) {
        if (e.code() == ProblemCode.NOT_FOUND || e.code() == ProblemCode.FORBIDDEN) {
            throw e;
        }
        redirect.addFlashAttribute("refusal", e.messageKey());
        return "redirect:/admin/users/" + id;
    }

    private String newPage(Model model, Locale locale) {
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("regionOptions", regionOptions(locale));
        return "admin/user-new";
    }

    private String detailPage(StaffAccountView user, Model model, Locale locale) {
        model.addAttribute("user", user);
        model.addAttribute("lockedUntil", user.lockedUntil() == null ? null
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone()).format(user.lockedUntil()));
        model.addAttribute("self", user.id() == currentStaff.get().accountId());
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("regionOptions", regionOptions(locale));
        model.addAttribute("regionNames", regionNames(locale));
        return "admin/user-detail";
    }

    private List<RegionOption> regionOptions(Locale locale) {
        List<Region> subtree = regions.subtree(currentStaff.get().homeRegion());
        int top = subtree.isEmpty() ? 0 : subtree.get(0).level().ordinal();
        return subtree.stream().map(r -> new RegionOption(r.code().value(),
                "\u00a0\u00a0".repeat(r.level().ordinal() - top) + r.name(locale) + " (" + r.code().value() + ")")).toList();
    }

    private Map<String, String> regionNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        regions.subtree(currentStaff.get().homeRegion()).forEach(r -> names.put(r.code().value(), r.name(locale)));
        return names;
    }
}
