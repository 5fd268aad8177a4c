package org.safeguard.casework.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.safeguard.casework.CaseKindDefinition;
import org.safeguard.casework.CaseKinds;
import org.safeguard.casework.CaseQueries;
import org.safeguard.casework.CaseQueues;
import org.safeguard.casework.CaseReassignment;
import org.safeguard.casework.CaseView;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The shared work queue of every kind (/cases) and a case's summary with its timeline and reassignment form. */
@Controller
@RequestMapping("/cases")
class CasePageController {

    private final CaseQueues queues;
    private final CaseQueries queries;
    private final CaseReassignment reassignment;
    private final CaseKinds kinds;
    private final CurrentStaff currentStaff;

    CasePageController(CaseQueues queues, CaseQueries queries, CaseReassignment reassignment, CaseKinds kinds,
                       CurrentStaff currentStaff) {
        this.queues = queues;
        this.queries = queries;
        this.reassignment = reassignment;
        this.kinds = kinds;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    String queue(@RequestParam(required = false) String queue, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) String region, @RequestParam(required = false) String sort,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        readable();
        CaseQueues.Queue q = CaseApiController.parse(CaseQueues.Queue.class, "queue", queue);
        CaseQueues.Sort s = CaseApiController.parse(CaseQueues.Sort.class, "sort", sort);
        q = q == null ? CaseQueues.Queue.MINE : q;
        s = s == null ? CaseQueues.Sort.DUE : s;
        CaseQueues.Page result = queues.queue(new CaseQueues.Filter(q, CaseApiController.blank(kind), null,
                CaseApiController.blank(region), s, Math.max(0, page), 50));
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("queue", q.name());
        filter.put("kind", kind == null ? "" : kind.trim());
        filter.put("region", region == null ? "" : region.trim());
        filter.put("sort", s.name());
        model.addAttribute("filter", filter);
        model.addAttribute("page", result);
        model.addAttribute("queues", CaseQueues.Queue.values());
        model.addAttribute("sorts", CaseQueues.Sort.values());
        model.addAttribute("kinds", kinds.readableBy(currentStaff.get().role()));
        model.addAttribute("statePrefixes", statePrefixes());
        model.addAttribute("paths", paths(result));
        return "casework/queue";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        readable();
        CaseView c = queries.find(id);
        model.addAttribute("c", c);
        model.addAttribute("transitions", queries.transitions(id));
        model.addAttribute("statePrefix", statePrefixes().get(c.kind()));
        model.addAttribute("kindPath", kinds.find(c.kind()).map(k -> k.pathOf(id)).orElse(null));
        return "casework/detail";
    }

    @PostMapping("/{id}/reassign")
    String reassign(@PathVariable UUID id, @RequestParam(required = false) String assignee,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                    RedirectAttributes redirect) {
        readable();
        try {
            reassignment.reassign(id, new CaseReassignment.Request(assignee, reason, version));
        } catch (SafeguardException e) {
            if (e.code() == org.safeguard.shared.ProblemCode.NOT_FOUND || e.code() == org.safeguard.shared.ProblemCode.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("problem", e.code().name());
            redirect.addFlashAttribute("fieldProblems", e.fieldProblems());
        }
        return "redirect:/cases/" + id;
    }

    private Map<String, String> statePrefixes() {
        Map<String, String> m = new LinkedHashMap<>();
        kinds.all().forEach(k -> m.put(k.kind().code(), k.statePrefix()));
        return m;
    }

    private Map<UUID, String> paths(CaseQueues.Page page) {
        Map<UUID, String> m = new LinkedHashMap<>();
        page.items().forEach(c -> m.put(c.id(), kinds.find(c.kind()).map(k -> k.pathOf(c.id())).orElse("/cases/" + c.id())));
        return m;
    }

    private void readable() {
        if (kinds.readableBy(currentStaff.get().role()).isEmpty()) {
            throw SafeguardException.forbidden();
        }
    }

    static String label(CaseKindDefinition k) {
        return "casework.kind." + k.kind().code();
    }
}
