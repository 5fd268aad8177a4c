package org.safeguard.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.application.ApplicationParameterDeclarations;
import org.safeguard.beneficiary.BeneficiaryParameterDeclarations;
import org.safeguard.policy.dibao.DibaoParameterDeclarations;
import org.safeguard.shared.RegionCode;

class ParameterResolverTest {

    private static final RegionCode HUBEI = RegionCode.of("420000000000");
    private static final RegionCode WUHAN = RegionCode.of("420100000000");
    private static final RegionCode WUCHANG = RegionCode.of("420106000000");
    private static final RegionCode COMMUNITY = RegionCode.of("420106006001");

    private static ParameterVersion v(long id, RegionCode region, ParameterDefinition p, String from, String to, String value) {
        return new ParameterVersion(id, region, p, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                p.parse(value), null, null, null, false);
    }

    private static List<RegionCode> path(RegionCode code) {
        return ParameterResolver.ancestryByCode(code);
    }

    @Test
    void ancestryByCodeWalksUpTheCodeStructure() {
        assertThat(path(COMMUNITY)).extracting(RegionCode::value)
                .containsExactly("420106006001", "420106006000", "420106000000", "420100000000", "420000000000");
        assertThat(path(RegionCode.of("420281000000"))).extracting(RegionCode::value)
                .containsExactly("420281000000", "420200000000", "420000000000");
        assertThat(path(HUBEI)).containsExactly(HUBEI);
    }

    @Test
    void theNearestRegionWithAVersionInForceWins() {
        var resolver = new ParameterResolver(List.of(
                v(1, HUBEI, DibaoParameterDeclarations.DIBAO_STANDARD_URBAN, "2019-01-01", null, "600"),
                v(2, WUHAN, DibaoParameterDeclarations.DIBAO_STANDARD_URBAN, "2020-07-01", null, "780")));
        assertThat(resolver.resolve(path(COMMUNITY), LocalDate.parse("2020-06-30")).money(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN))
                .contains(new java.math.BigDecimal("600.00"));
        var july = resolver.resolve(path(COMMUNITY), LocalDate.parse("2020-07-01"));
        assertThat(july.money(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN)).contains(new java.math.BigDecimal("780.00"));
        assertThat(july.source(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN).regionCode()).isEqualTo(WUHAN);
        assertThat(july.source(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN).effectiveFrom()).isEqualTo(LocalDate.parse("2020-07-01"));
    }

    @Test
    void aLaterVersionSupersedesFromItsStartAndAnEqualStartIsWonByTheLaterRecord() {
        var resolver = new ParameterResolver(List.of(
                v(1, WUHAN, DibaoParameterDeclarations.INCOME_REFERENCE_MONTHS, "2020-01-01", null, "6"),
                v(2, WUHAN, DibaoParameterDeclarations.INCOME_REFERENCE_MONTHS, "2021-01-01", null, "12"),
                v(3, WUHAN, DibaoParameterDeclarations.INCOME_REFERENCE_MONTHS, "2021-01-01", null, "3")));
        assertThat(resolver.resolve(path(COMMUNITY), LocalDate.parse("2020-12-31")).integer(DibaoParameterDeclarations.INCOME_REFERENCE_MONTHS)).isEqualTo(6);
        assertThat(resolver.resolve(path(COMMUNITY), LocalDate.parse("2021-01-01")).integer(DibaoParameterDeclarations.INCOME_REFERENCE_MONTHS)).isEqualTo(3);
    }

    @Test
    void aTemporaryVersionEndsAndTheOlderOneIsInForceAgain() {
        var resolver = new ParameterResolver(List.of(
                v(1, WUCHANG, DibaoParameterDeclarations.DIBAO_EDGE_MULTIPLE, "2019-01-01", null, "1.5"),
                v(2, WUCHANG, DibaoParameterDeclarations.DIBAO_EDGE_MULTIPLE, "2020-02-01", "2020-06-30", "2")));
        assertThat(resolver.resolve(path(COMMUNITY), LocalDate.parse("2020-06-30")).decimal(DibaoParameterDeclarations.DIBAO_EDGE_MULTIPLE)).isEqualByComparingTo("2");
        assertThat(resolver.resolve(path(COMMUNITY), LocalDate.parse("2020-07-01")).decimal(DibaoParameterDeclarations.DIBAO_EDGE_MULTIPLE)).isEqualByComparingTo("1.5");
    }

    @Test
    void aLowerRegionWithoutAVersionInForceOnTheDateInheritsFromAbove() {
        var resolver = new ParameterResolver(List.of(
                v(1, HUBEI, BeneficiaryParameterDeclarations.TAPERED_EXIT_MONTHS, "2019-01-01", null, "6"),
                v(2, WUCHANG, BeneficiaryParameterDeclarations.TAPERED_EXIT_MONTHS, "2022-10-01", null, "3")));
        assertThat(resolver.resolve(path(COMMUNITY), LocalDate.parse("2022-09-30")).source(BeneficiaryParameterDeclarations.TAPERED_EXIT_MONTHS).regionCode()).isEqualTo(HUBEI);
        assertThat(resolver.resolve(path(COMMUNITY), LocalDate.parse("2022-10-01")).integer(BeneficiaryParameterDeclarations.TAPERED_EXIT_MONTHS)).isEqualTo(3);
    }

    @Test
    void unsetParametersFallBackToSafeguardsDefaultsAndStandardsHaveNone() {
        var resolved = new ParameterResolver(List.of()).resolve(path(COMMUNITY), LocalDate.parse("2020-03-01"));
        assertThat(resolved.integer(DibaoParameterDeclarations.INCOME_REFERENCE_MONTHS)).isEqualTo(6);
        assertThat(resolved.decimal(DibaoParameterDeclarations.DIBAO_EDGE_MULTIPLE)).isEqualByComparingTo("1.5");
        assertThat(resolved.date(ApplicationParameterDeclarations.PROCEDURE_SWITCH_DATE)).isEqualTo(LocalDate.parse("2021-07-01"));
        assertThat(resolved.integer(ApplicationParameterDeclarations.OVERALL_LIMIT_WORKING_DAYS)).isEqualTo(30);
        assertThat(resolved.integer(ApplicationParameterDeclarations.OVERALL_LIMIT_EXTENDED_WORKING_DAYS)).isEqualTo(45);
        assertThat(resolved.integer(BeneficiaryParameterDeclarations.TAPERED_EXIT_MONTHS)).isEqualTo(6);
        assertThat(resolved.integer(BeneficiaryParameterDeclarations.REVIEW_INTERVAL_STABLE_MONTHS)).isEqualTo(12);
        // 2020-03-01 is under the 2012 measures: unstable incomes are reviewed monthly in towns, quarterly in villages
        assertThat(resolved.integer(BeneficiaryParameterDeclarations.REVIEW_INTERVAL_UNSTABLE_MONTHS)).isEqualTo(1);
        assertThat(resolved.integer(BeneficiaryParameterDeclarations.REVIEW_INTERVAL_UNSTABLE_RURAL_MONTHS)).isEqualTo(3);
        assertThat(resolved.bool(DibaoParameterDeclarations.SUPPLEMENT_LARGER_ONLY)).isFalse();
        assertThat(resolved.assetRules()).isEmpty();
        assertThat(resolved.supplements()).isEmpty();
        assertThat(resolved.source(DibaoParameterDeclarations.INCOME_REFERENCE_MONTHS).kind()).isEqualTo(ParameterSource.Kind.DEFAULT);
        assertThat(resolved.money(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN)).isEmpty();
    }

    @Test
    void theDemoDataPutsStandardsOnCitiesAndAssetRulesOnTheProvince() {
        var resolver = new ParameterResolver(DemoPolicy.asStored());
        var wuhan = resolver.resolve(path(COMMUNITY), LocalDate.parse("2020-08-01"));
        assertThat(wuhan.source(PolicyParameterDeclarations.ASSET_RULES).regionCode()).isEqualTo(HUBEI);
        assertThat(wuhan.assetRules()).extracting(AssetRule::code).containsExactly("FINANCIAL_ASSETS", "VEHICLES",
                "RESIDENTIAL_PROPERTIES", "BUSINESS_REGISTRATIONS", "NON_RESIDENTIAL_PROPERTIES");
        assertThat(wuhan.supplements()).hasSize(3);
        assertThat(wuhan.bool(DibaoParameterDeclarations.SUPPLEMENT_LARGER_ONLY)).isTrue();
        assertThat(wuhan.source(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN).illustrative()).isTrue();
        var daye = resolver.resolve(path(RegionCode.of("420281102200")), LocalDate.parse("2020-08-01"));
        assertThat(daye.supplements()).isEmpty();
        assertThat(daye.money(DibaoParameterDeclarations.DIBAO_STANDARD_RURAL)).contains(new java.math.BigDecimal("490.00"));
    }

    @Test
    void scalarValuesAreCheckedByKind() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DibaoParameterDeclarations.DIBAO_STANDARD_URBAN.parse("780.001"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DibaoParameterDeclarations.DIBAO_STANDARD_URBAN.parse("-1"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DibaoParameterDeclarations.INCOME_REFERENCE_MONTHS.parse("0"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ApplicationParameterDeclarations.PROCEDURE_SWITCH_DATE.parse("2021-13-01"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DibaoParameterDeclarations.SUPPLEMENT_LARGER_ONLY.parse("yes"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN.parse("780")).isEqualTo(new java.math.BigDecimal("780.00"));
    }
}
