package org.safeguard.beneficiary;

import org.safeguard.application.DibaoApplicationApproved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Enrols the household of every approved dibao application (after the approval commits; idempotent). */
@Component
class DibaoApprovalListener {

    private final EnrolDibaoHousehold enrolment;

    DibaoApprovalListener(EnrolDibaoHousehold enrolment) {
        this.enrolment = enrolment;
    }

    @ApplicationModuleListener
    void on(DibaoApplicationApproved approved) {
        enrolment.enrol(approved);
    }
}
