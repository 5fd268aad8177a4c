package org.safeguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.household.MemberView;
import org.safeguard.household.Relationship;
import org.safeguard.household.Sex;

/** Where a household may apply (domain.md §3.3), for a household registered in Hubuxiang, Wuchang. */
class JurisdictionTest {

    private static final String HUBUXIANG_COMMUNITY = "420106006002";
    private static final String SAME_TOWNSHIP = "420106006001";
    private static final String SAME_COUNTY_OTHER_TOWNSHIP = "420106007001";
    private static final String OTHER_COUNTY = "420102010006";

    private static MemberView member(String hukou) {
        return new MemberView(UUID.randomUUID(), UUID.randomUUID(), "4201**********1234", "张三", Sex.MALE,
                LocalDate.of(1980, 1, 1), null, Relationship.HEAD, true, true, null, null, null, false, null, null, null,
                hukou, null);
    }

    private static List<MemberView> members(String... hukou) {
        return Arrays.stream(hukou).map(JurisdictionTest::member).toList();
    }

    private static Jurisdiction.Decision judge(List<MemberView> members, Procedure procedure, boolean permit, boolean accepted) {
        return Jurisdiction.judge(HUBUXIANG_COMMUNITY, members, procedure, permit, accepted);
    }

    @Test
    void oneMemberWithHukouInTheTownshipIsEnough() {
        assertThat(judge(members(OTHER_COUNTY, SAME_TOWNSHIP), Procedure.P2021, false, true).basis())
                .isEqualTo(Jurisdiction.Basis.HUKOU);
    }

    @Test
    void hukouElsewhereIsRefusedNamingTheRule() {
        Jurisdiction.Decision d = judge(members(OTHER_COUNTY), Procedure.P2021, false, true);
        assertThat(d.allowed()).isFalse();
        assertThat(d.refusal()).isEqualTo("JURISDICTION_HUKOU_ELSEWHERE");
    }

    @Test
    void aResidencePermitIsAcceptedUnderThe2021RulesWhereTheRegionAllowsIt() {
        assertThat(judge(members(OTHER_COUNTY), Procedure.P2021, true, true).basis())
                .isEqualTo(Jurisdiction.Basis.RESIDENCE_PERMIT);
        assertThat(judge(members(OTHER_COUNTY), Procedure.P2021, true, false).refusal())
                .isEqualTo("JURISDICTION_RESIDENCE_PERMIT_NOT_ACCEPTED");
        assertThat(judge(members(OTHER_COUNTY), Procedure.P2012, true, true).refusal())
                .isEqualTo("JURISDICTION_RESIDENCE_PERMIT_NOT_ACCEPTED");
    }

    @Test
    void underThe2012RulesTheResidenceInTheSameCountyIsAccepted() {
        assertThat(judge(members(SAME_COUNTY_OTHER_TOWNSHIP), Procedure.P2012, false, false).basis())
                .isEqualTo(Jurisdiction.Basis.SAME_COUNTY_RESIDENCE);
        assertThat(judge(members(SAME_COUNTY_OTHER_TOWNSHIP), Procedure.P2021, false, true).refusal())
                .isEqualTo("JURISDICTION_HUKOU_ELSEWHERE");
    }

    @Test
    void aMemberWhoseHukouIsNotRecordedLeavesTheCheckToTheTownship() {
        assertThat(judge(members(OTHER_COUNTY, null), Procedure.P2021, false, true).basis())
                .isEqualTo(Jurisdiction.Basis.HUKOU_NOT_RECORDED);
    }
}
