package org.safeguard.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.ProblemCode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 bodies with a stable {@code code} and, for validation, {@code errors[]}. */
@Component
public class ProblemFactory {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    ProblemFactory(MessageSource messages) {
        this.messages = messages;
    }

    /** The flat RFC 9457 shape, for writers that do not go through Spring's message converters. */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /**
     * Writes a problem straight to the response, for filters and security handlers that answer before (or outside)
     * Spring MVC's message converters; the status is the problem's own.
     */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), asMap(problem));
    }

    public ProblemDetail create(ProblemCode code, String detailKey, List<Object> arguments,
                                List<FieldProblem> fieldProblems, Locale locale) {
        return create(code, code.status(), detailKey, arguments, fieldProblems, locale);
    }

    public ProblemDetail create(ProblemCode code, HttpStatusCode status, String detailKey, List<Object> arguments,
                                List<FieldProblem> fieldProblems, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("https://safeguard.example.org/problems/" + code.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(messages.getMessage(code.titleKey(), null, code.name(), locale));
        problem.setDetail(messages.getMessage(detailKey, arguments.toArray(), detailKey, locale));
        problem.setProperty("code", code.name());
        if (!fieldProblems.isEmpty()) {
            problem.setProperty("errors", fieldProblems.stream().map(p -> Map.of(
                    "field", p.field() == null ? "" : p.field(),
                    "code", p.code(),
                    "message", messages.getMessage(p.messageKey(), p.arguments().toArray(), p.code(), locale)))
                    .toList());
        }
        return problem;
    }
}
