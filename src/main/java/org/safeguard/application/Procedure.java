package org.safeguard.application;

import java.time.LocalDate;

/**
 * The dibao procedure that governs an application: the 2012 trial measures (民发〔2012〕220号) before the region's
 * PROCEDURE_SWITCH_DATE, the 2021 measures (民发〔2021〕57号) from it (domain.md §16 item 7).
 */
public enum Procedure {
    P2012,
    P2021;

    public static Procedure on(LocalDate acceptanceDate, LocalDate switchDate) {
        return acceptanceDate.isBefore(switchDate) ? P2012 : P2021;
    }
}
