package org.safeguard.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

@Controller
class LanguageController {

    private final LocaleResolver localeResolver;

    LanguageController(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    @PostMapping("/preferences/language")
    String change(@RequestParam("lang") String lang, @RequestParam(value = "back", required = false) String back,
                  HttpServletRequest request, HttpServletResponse response) {
        localeResolver.setLocale(request, response, Locale.forLanguageTag(lang));
        // Only same-site relative paths are followed back, never an absolute URL.
        boolean safe = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
        return "redirect:" + (safe ? back : "/");
    }
}
