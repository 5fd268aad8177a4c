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
        for (Procedure p : Procedure.values()) {
            text.append("### ").append(p).append("\n\n| state | action | next state | permission | preconditions |\n|---|---|---|---|---|\n");
            text.append(ProcedureDefinitions.rules(p).stream().map(r -> "| %s | %s | %s | %s | %s |".formatted(r.from(), r.action(),
                    r.to(), r.permission(), r.preconditions().stream().map(Enum::name).collect(Collectors.joining(", "))))
                    .collect(Collectors.joining("\n"))).append("\n\n");
        }
        post.setDescription(text.toString());
    }
}
