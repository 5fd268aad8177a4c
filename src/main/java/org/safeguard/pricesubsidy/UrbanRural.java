package org.safeguard.pricesubsidy;

/** Which dibao standard a covered person's subsidy is computed from: the group's urban or rural attribute. */
public enum UrbanRural {
    URBAN,
    RURAL
}
