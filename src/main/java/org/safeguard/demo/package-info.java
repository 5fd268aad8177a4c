/**
 * First-start data: the shipped region tree (always, when the table is empty), and, when
 * {@code safeguard.demo.enabled} is on, demo accounts and a generated demo population.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo and reference data")
package org.safeguard.demo;
