package org.safeguard.policy.dibao;

/** Allowed deductions from the household's counted income (domain.md §2.2, 2021 rules). */
public enum DeductionType { EMPLOYMENT_COST, RIGID_MEDICAL, RIGID_DISABILITY }
