/**
 * Price-linked temporary subsidies: price indices per region and month, the trigger mechanism by date and
 * region, covered groups (Safeguard's dibao caseload and lists imported from other departments), the
 * per-person calculator with its trace, and monthly issuance through the payment module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Price-linked subsidies")
package org.safeguard.pricesubsidy;
