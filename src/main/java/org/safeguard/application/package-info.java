/**
 * Dibao applications from registration to decision under the 2012 and 2021 procedures: materials, commitments,
 * investigation, verification results, township opinion and public notice, objections, county review (or
 * township confirmation where approval is devolved) and decision, each step with a working-day deadline.
 * An approval is announced with {@link org.safeguard.application.DibaoApplicationApproved}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dibao applications")
package org.safeguard.application;
