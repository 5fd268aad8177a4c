package org.safeguard.application;

import java.util.List;
import java.util.Objects;

import org.safeguard.household.MemberView;

/**
 * Where a household may apply (domain.md §3.3): at the township of its hukou; under the 2021 rules also where a
 * member habitually lives with a residence permit, in places that allow it (2021 Art.5); under the 2012 rules also at
 * the residence within the same county as the hukou, with a certificate from the hukou county that the household
 * receives no dibao there (2012 Art.11). A member whose hukou place is not recorded cannot be checked here: the
 * township checks the hukou booklet, and the registration records that it did.
 */
final class Jurisdiction {

    /** Why the township may accept the application. */
    enum Basis { HUKOU, HUKOU_NOT_RECORDED, RESIDENCE_PERMIT, SAME_COUNTY_RESIDENCE }

    /** The basis, or the refusal's rule code when the township may not accept it. */
    record Decision(Basis basis, String refusal) {
        boolean allowed() {
            return refusal == null;
        }
    }

    /** Refused: no member's hukou is in the township and no exception applies. */
    static final String HUKOU_ELSEWHERE = "JURISDICTION_HUKOU_ELSEWHERE";
    /** Refused: a residence permit was claimed where the region does not accept it (or under the 2012 rules). */
    static final String RESIDENCE_PERMIT_NOT_ACCEPTED = "JURISDICTION_RESIDENCE_PERMIT_NOT_ACCEPTED";

    private Jurisdiction() {
    }

    /**
     * @param householdRegion the community where the household is registered (the township of registration is its parent)
     * @param residencePermit the applicant declares that a member lives here with a residence permit
     * @param permitAccepted the region accepts residence-permit applications on the date (2021 rules only)
     */
    static Decision judge(String householdRegion, List<MemberView> members, Procedure procedure,
                          boolean residencePermit, boolean permitAccepted) {
        String township = householdRegion.substring(0, 9);
        String county = householdRegion.substring(0, 6);
        List<String> recorded = members.stream().filter(m -> m.dateOfDeath() == null).map(MemberView::hukouRegionCode)
                .filter(Objects::nonNull).toList();
        if (recorded.stream().anyMatch(h -> h.startsWith(township))) {
            return new Decision(Basis.HUKOU, null);
        }
        if (residencePermit) {
            return procedure == Procedure.P2021 && permitAccepted
                    ? new Decision(Basis.RESIDENCE_PERMIT, null)
                    : new Decision(null, RESIDENCE_PERMIT_NOT_ACCEPTED);
        }
        if (recorded.size() < members.stream().filter(m -> m.dateOfDeath() == null).count()) {
            return new Decision(Basis.HUKOU_NOT_RECORDED, null);
        }
        if (procedure == Procedure.P2012 && recorded.stream().anyMatch(h -> h.startsWith(county))) {
            return new Decision(Basis.SAME_COUNTY_RESIDENCE, null);
        }
        return new Decision(null, HUKOU_ELSEWHERE);
    }
}
