/**
 * The good-faith record (容错免责, domain.md §12; 2021 Measures Art.39): every decision taken under simplified
 * emergency procedures carries a structured flag with its justification and the declarations that allowed it; when a
 * declaration ends, its decisions enter a correction work list with a deadline in working days, and the outcome of
 * each re-check is recorded, so that an auditor can show which inclusions were corrected promptly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Good-faith record and corrections")
package org.safeguard.goodfaith;
