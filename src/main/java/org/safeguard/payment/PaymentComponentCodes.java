package org.safeguard.payment;

import java.util.List;

/**
 * What a paying module contributes to the payment module: its benefit code and the component codes its lines are
 * made of, in the order pages show them. Each code's label is the message {@code payment.component.<CODE>} that the
 * module ships in its own message bundle. A {@link PayrollSource} is one; a module that pays only one-offs registers
 * a bean of its own. Lines of a benefit that declares its codes may carry no other code.
 */
public interface PaymentComponentCodes {

    /** The benefit code, e.g. {@code DIBAO} or {@code PRICE_SUBSIDY}. */
    String benefit();

    /** The component codes, upper case, at most {@link #MAX_CODES}; the first is the benefit's regular amount. */
    List<String> componentCodes();

    /** The stage of a set-based payroll has room for this many components per line. */
    int MAX_CODES = 8;
}
