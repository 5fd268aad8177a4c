/**
 * The dibao calculator (rules as code): {@link org.safeguard.policy.dibao.DibaoCalculator#calculate} is a
 * pure function of household facts, resolved parameters and a reference date; {@link
 * org.safeguard.policy.dibao.DibaoCalculation} resolves the parameters and calls it. Applications, payroll,
 * the impact preview and the public calculator all compute dibao amounts here and nowhere else.
 */
@org.springframework.modulith.NamedInterface("dibao")
package org.safeguard.policy.dibao;
