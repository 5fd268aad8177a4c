/**
 * Shared kernel: value types every module speaks (region codes, roles and permissions, the acting
 * staff member), masking of personal data, problem-detail errors and the injected clock.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.safeguard.shared;
