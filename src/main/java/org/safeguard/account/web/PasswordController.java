package org.safeguard.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpSession;
import org.safeguard.account.ChangeOwnPassword;
import org.safeguard.shared.SafeguardException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user changes their own password here; a temporary password leads here until it is replaced. */
@Controller
class PasswordController {

    private final ChangeOwnPassword changePassword;
    private final MessageSource messages;

    PasswordController(ChangeOwnPassword changePassword, MessageSource messages) {
        this.changePassword = changePassword;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String form() {
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String newPassword,
                  @RequestParam(required = false) String confirmPassword, HttpSession session, Model model, Locale locale,
                  RedirectAttributes redirect) {
        try {
            changePassword.change(currentPassword, newPassword, confirmPassword == null ? "" : confirmPassword, session.getId());
        } catch (SafeguardException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            FormErrors.addTo(model, e.fieldProblems(), messages, locale);
            return "account/password";
        }
        redirect.addFlashAttribute("notice", "account.password.changed");
        return "redirect:/";
    }
}
