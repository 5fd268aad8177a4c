package org.safeguard.household.importing;

import java.util.List;

/**
 * The columns of an import file, in the order the generator writes them. A header row with exactly these
 * names is required (any order; extra or missing columns are refused). Household-level columns
 * ({@link #HOUSEHOLD_LEVEL}) must be identical on every row of one household key.
 */
public final class RosterColumns {

    public static final String HOUSEHOLD_KEY = "household_key";
    public static final String REGION_CODE = "region_code";
    public static final String HUKOU_TYPE = "hukou_type";
    public static final String ADDRESS = "address";
    public static final String BANK_ACCOUNT = "bank_account";
    public static final String BANK_NAME = "bank_name";
    public static final String ID_NUMBER = "id_number";
    public static final String NAME = "name";
    public static final String RELATIONSHIP = "relationship";
    public static final String CO_RESIDING = "co_residing";
    public static final String COUNTED = "counted";
    public static final String EXCLUSION_REASON = "exclusion_reason";
    public static final String PHONE = "phone";
    public static final String DISABILITY_CATEGORY = "disability_category";
    public static final String DISABILITY_GRADE = "disability_grade";
    public static final String SERIOUS_ILLNESS = "serious_illness";
    public static final String LABOUR_ABILITY = "labour_ability";
    public static final String EMPLOYMENT_STATUS = "employment_status";
    public static final String SCHOOLING = "schooling";
    public static final String HUKOU_REGION_CODE = "hukou_region_code";

    public static final List<String> ALL = List.of(HOUSEHOLD_KEY, REGION_CODE, HUKOU_TYPE, ADDRESS, BANK_ACCOUNT,
            BANK_NAME, ID_NUMBER, NAME, RELATIONSHIP, CO_RESIDING, COUNTED, EXCLUSION_REASON, PHONE,
            DISABILITY_CATEGORY, DISABILITY_GRADE, SERIOUS_ILLNESS, LABOUR_ABILITY, EMPLOYMENT_STATUS, SCHOOLING,
            HUKOU_REGION_CODE);

    public static final List<String> HOUSEHOLD_LEVEL = List.of(REGION_CODE, HUKOU_TYPE, ADDRESS, BANK_ACCOUNT, BANK_NAME);

    /** Longest accepted household key (the stored import key is the region code, a colon and the key). */
    public static final int MAX_KEY_LENGTH = 100;

    private RosterColumns() {
    }

    private static final java.util.Map<String, Integer> INDEX = new java.util.HashMap<>();

    static {
        for (int i = 0; i < ALL.size(); i++) {
            INDEX.put(ALL.get(i), i);
        }
    }

    /** Position of a column in {@link #ALL}, or -1 for an unknown name. */
    public static int index(String column) {
        return INDEX.getOrDefault(column, -1);
    }
}
