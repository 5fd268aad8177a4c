package org.safeguard.policy;

/** What staff (or an approved amendment) can do to a declaration. */
public enum DeclarationAction {
    PROPOSE, APPROVE, REJECT, AMEND, SUPERSEDE, END
}
