package org.safeguard.shared.web;

import java.util.List;
import java.util.Locale;

import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.upload.UploadLimitExceeded;
import org.springframework.http.ProblemDetail;

/** The problem details of a refused upload: the limit's own status (413 or 422), its name, value, row and column. */
public final class UploadLimitProblems {

    private UploadLimitProblems() {
    }

    public static ProblemDetail of(ProblemFactory problems, UploadLimitExceeded e, Locale locale) {
        ProblemDetail problem = problems.create(ProblemCode.UPLOAD_LIMIT_EXCEEDED, e.limit().status(), e.messageKey(),
                e.arguments(), List.of(), locale);
        problem.setProperty("limit", e.limit().name());
        problem.setProperty("limitValue", e.limitValue());
        if (e.row() > 0) {
            problem.setProperty("row", e.row());
        }
        if (e.column() > 0) {
            problem.setProperty("column", e.column());
        }
        return problem;
    }
}
