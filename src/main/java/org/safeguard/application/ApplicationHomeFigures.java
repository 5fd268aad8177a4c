package org.safeguard.application;

import java.util.List;

import org.safeguard.shared.security.Permission;
import org.safeguard.shared.security.StaffPrincipal;
import org.safeguard.shared.web.HomeFigures;
import org.springframework.stereotype.Component;

/** Home-page cards: open applications in the user's subtree due this week, and overdue. */
@Component
class ApplicationHomeFigures implements HomeFigures {

    private final ApplicationQueries queries;

    ApplicationHomeFigures(ApplicationQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<HomeFigure> figuresFor(StaffPrincipal staff) {
        if (!staff.may(Permission.APPLICATION_READ)) {
            return List.of();
        }
        ApplicationQueries.DueCounts counts = queries.dueCounts(staff);
        return List.of(
                new HomeFigure("applications-due-week", counts.dueThisWeek(), "application.home.dueThisWeek", "/applications", false),
                new HomeFigure("applications-overdue", counts.overdue(), "application.home.overdue", "/applications?overdue=true",
                        counts.overdue() > 0));
    }
}
