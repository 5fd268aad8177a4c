package org.safeguard.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.safeguard.shared.ProblemCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An oversized multipart body is refused while the DispatcherServlet parses it, before any handler is chosen, so
 * advice restricted to REST controllers never sees it and the client got a bare 413. This advice applies to every
 * request: API callers get problem details naming the limit, page users the error page saying what to do.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final ProblemFactory problems;
    private final DataSize limit;

    UploadLimitAdvice(ProblemFactory problems,
                      @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
                      @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest) {
        this.problems = problems;
        this.limit = maxFile.compareTo(maxRequest) <= 0 ? maxFile : maxRequest;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, Locale locale) {
        String readable = readable(limit);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = problems.create(ProblemCode.FILE_TOO_LARGE, "problem.fileTooLarge",
                    List.of(String.valueOf(limit.toBytes()), readable), List.of(), locale);
            problem.setProperty("limitBytes", limit.toBytes());
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
        page.addObject("limit", readable);
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return page;
    }

    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " B";
    }
}
