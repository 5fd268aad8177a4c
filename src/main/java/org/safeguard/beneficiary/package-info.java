/**
 * The dibao caseload and its dynamic management: enrolment from an approved application, periodic reviews and
 * change reports, increases, decreases, stops and tapered exits (queued while an emergency suspends exits), and
 * the DIBAO payroll source with arrears and recoveries. Other modules follow the caseload through
 * {@link org.safeguard.beneficiary.DibaoEnrolled}, {@link org.safeguard.beneficiary.DibaoMembersChanged} and
 * {@link org.safeguard.beneficiary.DibaoEnded}, and every list of who is covered through the shared
 * {@link org.safeguard.shared.BenefitPeriodStarted} / {@link org.safeguard.shared.BenefitPeriodEnded}. It follows the
 * registry's events: a region change refreshes its copy of the region, a death or a move becomes a change report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dibao beneficiaries")
package org.safeguard.beneficiary;
