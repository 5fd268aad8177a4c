/**
 * The dibao caseload and its dynamic management: enrolment from an approved application, periodic reviews and
 * change reports, increases, decreases, stops and tapered exits (queued while an emergency suspends exits), and
 * the DIBAO payroll source with arrears and recoveries. Other modules follow the caseload through
 * {@link org.safeguard.beneficiary.DibaoEnrolled}, {@link org.safeguard.beneficiary.DibaoMembersChanged} and
 * {@link org.safeguard.beneficiary.DibaoEnded}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dibao beneficiaries")
package org.safeguard.beneficiary;
