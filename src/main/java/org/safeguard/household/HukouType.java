package org.safeguard.household;

public enum HukouType { URBAN, RURAL }
