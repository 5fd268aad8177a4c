package org.safeguard.policy;

/** Classified-support (分类施保) categories a region may pay supplements for (domain.md §3.5). */
public enum SupplementCategory {
    /** Disability certificate grade 1 or 2. */
    DISABILITY_GRADE_1_2,
    SERIOUS_ILLNESS,
    /** Aged 70 or over on the reference date. */
    AGE_70_PLUS
}
