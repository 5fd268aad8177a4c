package org.safeguard.temporaryassistance;

/** 急难 (emergency), 支出 (expenditure), and the 2020–2021 one-off for uninsured unemployed people (domain.md §4.1). */
public enum AssistanceType { EMERGENCY, EXPENDITURE, UNINSURED_UNEMPLOYED }
