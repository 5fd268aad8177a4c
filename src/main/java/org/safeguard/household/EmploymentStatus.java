package org.safeguard.household;

public enum EmploymentStatus { EMPLOYED, SELF_EMPLOYED, FARMING, FLEXIBLE, UNEMPLOYED, RETIRED, STUDENT, NOT_IN_LABOUR_FORCE }
