package org.safeguard.shared.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.web.ProblemFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Honours {@code Idempotency-Key} on POST endpoints marked {@link Idempotent} (runs after Spring Security, so the
 * user is known). The first request claims the key with a fingerprint of method, path, query and body; its result
 * (any status below 500) is stored. A repeat by the same user with the same fingerprint gets that result again,
 * marked {@code Idempotency-Replayed: true}; with another fingerprint it gets 422; while the first is still running
 * it gets 409. A 5xx or an exception frees the key, so the client may retry.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private final IdempotencyStore store;
    private final ProblemFactory problems;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    IdempotencyFilter(IdempotencyStore store, ProblemFactory problems,
                      @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.store = store;
        this.problems = problems;
        this.mappings = mappings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!idempotentEndpoint(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!wellFormed(key)) {
            problem(request, response, ProblemCode.IDEMPOTENCY_KEY_INVALID, "problem.idempotencyKeyInvalid");
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        String username = username();
        String fingerprint = fingerprint(cached);
        Optional<IdempotencyStore.Entry> earlier = store.claim(username, key, fingerprint);
        if (earlier.isPresent()) {
            answerRepeat(request, response, earlier.get(), fingerprint);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(cached, recorded);
            int status = recorded.getStatus();
            if (status < 500) {
                store.complete(username, key, status, recorded.getContentType(),
                        new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8));
                stored = true;
            }
        } finally {
            if (!stored) {
                store.release(username, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void answerRepeat(HttpServletRequest request, HttpServletResponse response, IdempotencyStore.Entry earlier,
                              String fingerprint) throws IOException {
        if (!earlier.requestHash().equals(fingerprint)) {
            problem(request, response, ProblemCode.IDEMPOTENCY_KEY_REUSED, "problem.idempotencyKeyReused");
        } else if (!earlier.finished()) {
            problem(request, response, ProblemCode.IDEMPOTENCY_REQUEST_IN_PROGRESS, "problem.idempotencyInProgress");
        } else {
            response.setStatus(earlier.status());
            if (earlier.contentType() != null) {
                response.setContentType(earlier.contentType());
            }
            response.setHeader("Idempotency-Replayed", "true");
            byte[] body = earlier.body() == null ? new byte[0] : earlier.body().getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private boolean idempotentEndpoint(HttpServletRequest request) {
        // the mapping matches on the parsed path, which the dispatcher has not cached yet at this point
        Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        if (parsed == null) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            HandlerExecutionChain handler = mappings.getObject().getHandler(request);
            return handler != null && handler.getHandler() instanceof HandlerMethod method
                    && method.hasMethodAnnotation(Idempotent.class);
        } catch (Exception e) {
            // no handler (404, 405): nothing to protect; the dispatcher answers as usual
            return false;
        } finally {
            if (parsed == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    static boolean wellFormed(String key) {
        return !key.isEmpty() && key.length() <= 200 && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
    }

    private static String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }

    private static String fingerprint(CachedBodyRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String query = request.getQueryString();
            sha.update((request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(request.body());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, ProblemCode code, String key)
            throws IOException {
        ProblemDetail body = problems.create(code, key, List.of(), List.of(), RequestContextUtils.getLocale(request));
        ProblemFactory.write(response, body);
    }
}
