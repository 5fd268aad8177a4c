/**
 * Staff accounts: login, lockout, sessions, roles and home regions, user administration, and the
 * security configuration that scopes every request to the acting member's region subtree.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff accounts and access")
package org.safeguard.account;
