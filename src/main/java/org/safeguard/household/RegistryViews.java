package org.safeguard.household;

/**
 * Names of the registry's published SQL views (migration V12), for other modules' set-based SQL. Their columns are
 * the contract: {@code registry_household_payee_v} (household_id, region_code, hukou_type, bank_name, bank_account,
 * dissolved, head_person_id, head_name), {@code registry_person_v} (person_id, id_number, name, sex, birth_date,
 * date_of_death, household_id) and {@code registry_member_v} (household_id, person_id, relationship, counted,
 * exclusion_reason, birth_date, date_of_death, disability_grade, serious_illness; active memberships only).
 */
public final class RegistryViews {

    public static final String HOUSEHOLD_PAYEE = "registry_household_payee_v";
    public static final String PERSON = "registry_person_v";
    public static final String MEMBER = "registry_member_v";

    private RegistryViews() {
    }
}
