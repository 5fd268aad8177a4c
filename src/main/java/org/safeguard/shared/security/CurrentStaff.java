package org.safeguard.shared.security;

import java.util.Optional;

/** Who is acting in this request or job. Implemented by the account module from the security context. */
public interface CurrentStaff {

    Optional<StaffPrincipal> find();

    default StaffPrincipal get() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated staff member"));
    }

    /** The client address of the current request, when there is one. */
    Optional<String> sourceAddress();
}
