package org.safeguard.specialhardship;

/** The closed vocabularies of the special-hardship calculator (request values and reason codes). */
public final class SpecialHardshipTypes {

    private SpecialHardshipTypes() {
    }

    /** The three conditions of recognition; a refusal names those that fail. */
    public enum Condition { WORK_ABILITY, MEANS_OF_LIVING, SUPPORTER }

    /** Care tier from the six activities of daily living (§16 item 10). */
    public enum CareTier { SELF_CARE, PARTIAL, FULL }

    /** A legal supporter's relation to the person. */
    public enum Relationship { SPOUSE, PARENT, CHILD }

    /** What is known of a legal supporter (checked facts, not recomputed). */
    public enum SupporterStatus {
        SPECIAL_HARDSHIP, DIBAO, LOW_INCOME_AND_ASSETS, SEVERE_DISABILITY, INTELLECTUAL_MENTAL_GRADE3,
        NO_CIVIL_CAPACITY, MISSING, IN_PRISON
    }

    /** Disability categories of the certificate (as in the registry). */
    public enum DisabilityCategory { LIMB, VISUAL, HEARING, SPEECH, INTELLECTUAL, MENTAL, MULTIPLE }

    /**
     * Income types: the dibao types, and the old-age allowance (高龄津贴). Not counted for special hardship: what
     * dibao never counts, the residents' basic pension and old-age allowances, whatever the date (§16 item 10).
     */
    public enum IncomeType {
        WAGE, BUSINESS_NET, PROPERTY_NET, TRANSFER_NET, OTHER, RESIDENT_BASIC_PENSION, OLD_AGE_ALLOWANCE,
        SOCIAL_ASSISTANCE, PREFERENTIAL_PENSION, FAMILY_PLANNING_REWARD, SCHOLARSHIP, HEROIC_DEED_REWARD;

        public boolean counted() {
            return ordinal() <= OTHER.ordinal();
        }
    }
}
