package org.safeguard.pricesubsidy.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.safeguard.pricesubsidy.GroupListJobs;
import org.safeguard.pricesubsidy.GroupListUpload;
import org.safeguard.shared.SafeguardException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The status of a queued (large) covered-group list: while its job has not finished, the section polls itself every
 * 2 s with htmx; then it shows the rows imported, or every problem of the rejected file.
 */
@Controller
class PriceListUploadPageController {

    private final GroupListJobs lists;
    private final MessageSource messages;

    PriceListUploadPageController(GroupListJobs lists, MessageSource messages) {
        this.lists = lists;
        this.messages = messages;
    }

    @GetMapping("/price-subsidies/lists/{id}")
    @PreAuthorize("hasAuthority('PRICE_LIST_IMPORT')")
    String upload(@PathVariable UUID id, @RequestHeader(value = "HX-Request", required = false) String htmx,
                  Model model, Locale locale) {
        GroupListUpload upload = lists.status(id).orElseThrow(() -> SafeguardException.notFound("group list"));
        model.addAttribute("upload", upload);
        List<Map<String, Object>> problems = upload.problems().stream().map(p -> Map.<String, Object>of("row", p.row(),
                "column", p.column() == null ? "" : p.column(), "code", p.code(),
                "message", messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale))).toList();
        model.addAttribute("problems", problems);
        return htmx != null ? "pricesubsidy/list-upload :: status" : "pricesubsidy/list-upload";
    }
}
