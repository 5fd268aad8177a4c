/**
 * Special-hardship persons (特困人员, domain.md §5 and §16 item 10): the pure calculator of the three conditions
 * (no work ability, no means of living, no able supporter), the basic living standard, the care tier from the six
 * activities of daily living and the monthly support, with its bilingual trace and
 * {@code POST /api/v1/calculations/special-hardship}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Special-hardship support")
package org.safeguard.specialhardship;
