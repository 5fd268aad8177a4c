package org.safeguard.household;

public enum LabourAbility { FULL, PARTIAL, NONE }
