package org.safeguard.shared.web;

import java.util.List;

import org.safeguard.shared.security.StaffPrincipal;

/**
 * A module's figures for the home page (work due, overdue steps, late issuance). Each module registers a bean;
 * the home page shows every figure the signed-in user is allowed to see, so no module needs to know the others.
 */
public interface HomeFigures {

    /** The figures for this user, already limited to the user's permissions and region subtree. */
    List<HomeFigure> figuresFor(StaffPrincipal staff);

    /**
     * One card: {@code id} is the element id (for tests), {@code labelKey} a message key, {@code href} where the
     * card links (the list behind the figure), {@code alert} marks overdue work.
     */
    record HomeFigure(String id, long value, String labelKey, String href, boolean alert) {
    }
}
