package org.safeguard.payment;

/** Who a payroll line pays: a whole household (dibao) or one person (price subsidy, some supplements). */
public enum PayeeKind {
    HOUSEHOLD,
    PERSON
}
