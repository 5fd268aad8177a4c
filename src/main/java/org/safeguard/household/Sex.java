package org.safeguard.household;

public enum Sex { MALE, FEMALE }
