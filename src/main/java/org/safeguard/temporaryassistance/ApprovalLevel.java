package org.safeguard.temporaryassistance;

/** Who decides an amount: the township (within 3 × S × n), the county (within 10 × S × n), or 一事一议 above. */
public enum ApprovalLevel { TOWNSHIP, COUNTY, CASE_BY_CASE }
