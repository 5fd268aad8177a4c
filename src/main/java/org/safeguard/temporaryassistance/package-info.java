/**
 * Temporary assistance (临时救助, domain.md §4, §16 item 11). For now the calculator: {@link
 * org.safeguard.temporaryassistance.TemporaryAssistanceCalculator#calculate} is a pure function of the request facts
 * and the resolved {@link org.safeguard.temporaryassistance.TemporaryAssistanceParameters}, returning whether help is
 * allowed (with reason codes), the base standard S, the suggested amount, the township and county limits, the
 * approval level and whether help-first is allowed, with a bilingual trace. {@link
 * org.safeguard.temporaryassistance.TemporaryAssistanceCalculation} resolves the parameters of the place of hardship.
 * The module declares its own parameters ({@link
 * org.safeguard.temporaryassistance.TemporaryAssistanceParameterDeclarations}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Temporary assistance")
package org.safeguard.temporaryassistance;
