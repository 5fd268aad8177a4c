/** Administrative divisions: the region tree, its import and the region API. */
@org.springframework.modulith.ApplicationModule(displayName = "Regions")
package org.safeguard.region;
