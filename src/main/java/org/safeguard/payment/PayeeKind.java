package org.safeguard.payment;

/**
 * Who a payroll line pays: a whole household (dibao), one person (price subsidy, some supplements) or an institution
 * (a care home paid for centralised support, registered through {@link Institutions}).
 */
public enum PayeeKind {
    HOUSEHOLD,
    PERSON,
    INSTITUTION
}
