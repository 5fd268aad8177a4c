package org.safeguard.household;

public enum ExclusionReason { CLERIC_LIVING_APART, PRISON_OR_REHAB, DECLARED_MISSING, OTHER_PROVINCIAL_RULE }
