package org.safeguard.household;

/** Where the registry learnt of a death: a change report (family, village committee) or another department's data. */
public enum DeathSource { CHANGE_REPORT, DEPARTMENT_DATA }
