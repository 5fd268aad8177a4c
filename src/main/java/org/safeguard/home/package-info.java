/** The home page: what is in my region and what needs attention. */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.safeguard.home;
