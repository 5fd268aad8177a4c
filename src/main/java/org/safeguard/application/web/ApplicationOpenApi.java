package org.safeguard.application.web;

import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import org.safeguard.application.Procedure;
import org.safeguard.application.ProcedureDefinitions;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** Writes both procedure tables (state, action, next state, permission, preconditions) into the action endpoint's documentation. */
@Component
class ApplicationOpenApi implements OpenApiCustomizer {

    private static final java.util.Map<String, String> PAYLOAD = new java.util.LinkedHashMap<>();

    static {
        PAYLOAD.put("RECORD_MATERIALS", "`materials[code]`: checklist items received (codes from the application's `materials`)");
        PAYLOAD.put("REQUEST_MATERIALS", "`missingMaterials` (every missing item; the one-time notice; pauses the overall clock; "
                + "default: the labels of the required checklist items not yet received)");
        PAYLOAD.put("RECEIVE_MATERIALS", "`materials[code]` (optional): checklist items received with the missing materials");
        PAYLOAD.put("ACCEPT", "`commitment: true` to accept with required checklist items missing under the commitment-based "
                + "system (告知承诺制); the items are recorded as replaced by the commitment");
        PAYLOAD.put("RECORD_SIGNATURES", "`signatures[{personId, kind: COMMITMENT|AUTHORISATION}]`");
        PAYLOAD.put("RECORD_INVESTIGATION", "`investigation{method: ONSITE|NEIGHBOUR_VISIT|LETTER|PHONE|VIDEO, investigators[>=2], note}`");
        PAYLOAD.put("RECORD_FACTS", "`facts{members[{personId, incomes[{type, amount}]}], assets[{type, value, count, ownerPersonId}], deductions[{type, amount}]}`");
        PAYLOAD.put("RECORD_VERIFICATION", "`verification{department, result: CONSISTENT|DISCREPANCY|NO_RECORD, note}`");
        PAYLOAD.put("POST_NOTICE", "`opinion`, `proposedAmount` (default: the calculator's), `noticeLocation`");
        PAYLOAD.put("POST_COUNTY_NOTICE", "`noticeLocation`");
        PAYLOAD.put("PROPOSE_OVERRIDE", "`overrideAmount`, `reason`; CONFIRM_OVERRIDE by another APPLICATION_REVIEW user");
        PAYLOAD.put("RECORD_NOTICE_SERVED", "`on` = the date the written approval or rejection notice was served (once); "
                + "an unserved rejection notice past `rejectionNoticeDueOn` is overdue in the work queue");
        PAYLOAD.put("REASSIGN", "`assignee` (user name: enabled, home region covering the case, role able to take the "
                + "current step), `reason` (optional)");
        PAYLOAD.put("SUBMIT", "`on` = the submission date (the clock starts; the procedure is chosen by it); DRAFT author only");
        PAYLOAD.put("DISCARD_DRAFT", "nothing; DRAFT author only; frees the household for another application");
        PAYLOAD.put("others", "`reason` where the table lists REASON_GIVEN");
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        PathItem item = openApi.getPaths().get(ApplicationApiController.ACTION_PATH);
        if (item == null || item.getPost() == null) {
            return;
        }
        Operation post = item.getPost();
        StringBuilder text = new StringBuilder(post.getDescription() == null ? "" : post.getDescription() + "\n\n");
        text.append("Every action takes `on` (effective date, default today) and `reason`. Payload fields by action:\n\n");
        PAYLOAD.forEach((action, fields) -> text.append("- ").append(action).append(": ").append(fields).append("\n"));
        text.append("\n");
        for (Procedure p : Procedure.values()) {
            text.append("### ").append(p).append("\n\n| state | action | next state | permission | preconditions |\n|---|---|---|---|---|\n");
            text.append(ProcedureDefinitions.rules(p).stream().map(r -> "| %s | %s | %s | %s | %s |".formatted(r.from(), r.action(),
                    r.to(), r.permission(), r.preconditions().stream().map(Enum::name).collect(Collectors.joining(", "))))
                    .collect(Collectors.joining("\n"))).append("\n\n");
        }
        post.setDescription(text.toString());
    }
}
