package org.safeguard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.policy.dibao.DibaoParameterDeclarations;
import org.safeguard.shared.RegionLevel;

/** The catalog collects each module's declarations; definitions check plausibility and give dated defaults. */
class ParameterCatalogTest {

    private static final ParameterDeclarations DIBAO = new DibaoParameterDeclarations();

    @Test
    void aNameDeclaredTwiceIsRefusedNamingBothModules() {
        ParameterDeclarations copy = () -> List.of(ParameterDefinition.of("elsewhere", "DIBAO_STANDARD_URBAN",
                ParameterDefinition.Kind.MONEY).source("test").label("重复", "twice").build());
        assertThatThrownBy(() -> new ParameterCatalog(List.of(DIBAO, copy)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DIBAO_STANDARD_URBAN").hasMessageContaining("policy.dibao").hasMessageContaining("elsewhere");
    }

    @Test
    void lookupsIgnoreCaseAndBlanksAndUnknownNamesAreEmpty() {
        ParameterCatalog catalog = new ParameterCatalog(List.of(DIBAO, new PolicyParameterDeclarations()));
        assertThat(catalog.find(" dibao_standard_rural ")).contains(DibaoParameterDeclarations.DIBAO_STANDARD_RURAL);
        assertThat(catalog.find("HOLIDAY_BONUS")).isEmpty();
        assertThat(catalog.all()).extracting(ParameterDefinition::module).containsOnly("policy.dibao", "policy");
    }

    @Test
    void standardsAndAssetRulesMayBeSetOnlyByAProvinceOrAPrefecture() {
        for (ParameterDefinition p : List.of(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN,
                DibaoParameterDeclarations.DIBAO_STANDARD_RURAL, PolicyParameterDeclarations.ASSET_RULES)) {
            assertThat(p.levels()).as(p.name()).containsExactly(RegionLevel.PROVINCE, RegionLevel.PREFECTURE);
            assertThat(p.settableAt(RegionLevel.COUNTY)).isFalse();
        }
        assertThat(PolicyParameterDeclarations.SUPPLEMENTS.settableAt(RegionLevel.TOWNSHIP)).isTrue();
    }

    @Test
    void aStandardOutsideOneTo100000YuanOrWithMoreThanTwoDecimalsIsRefusedQuickly() {
        ParameterDefinition urban = DibaoParameterDeclarations.DIBAO_STANDARD_URBAN;
        for (String text : List.of("1e400", "99999999999999.99", "100000.01", "0.99", "0", "780.001", "1e999999999", "1e-999999999")) {
            assertThat(urban.refusal(text)).as(text).isNotNull()
                    .satisfies(r -> assertThat(r.code()).isEqualTo("PARAMETER_OUT_OF_RANGE"))
                    .satisfies(r -> assertThat(r.arguments()).containsExactly("1", "100000", 2, "yuan/month"));
        }
        assertThat(urban.refusal("abc").code()).isEqualTo("INVALID");
        assertThat(urban.refusal("1")).isNull();
        assertThat(urban.refusal("100000.00")).isNull();
        assertThat(urban.parse("780.5")).isEqualTo(new java.math.BigDecimal("780.50"));
    }

    @Test
    void theDeductionsAreDefaultsFromThe2021RulesAndThePensionExclusionFor2021To2025() {
        ParameterDefinition employment = DibaoParameterDeclarations.EMPLOYMENT_COST_DEDUCTIBLE;
        assertThat(employment.defaultText(LocalDate.of(2020, 8, 1))).isEqualTo("false");
        assertThat(employment.defaultText(LocalDate.of(2021, 6, 30))).isEqualTo("false");
        assertThat(employment.defaultText(LocalDate.of(2021, 7, 1))).isEqualTo("true");
        assertThat(DibaoParameterDeclarations.RIGID_EXPENSE_DEDUCTIBLE.defaultText(LocalDate.of(2020, 12, 31))).isEqualTo("false");
        ParameterDefinition pension = DibaoParameterDeclarations.RESIDENT_PENSION_EXCLUDED;
        assertThat(pension.defaultText(LocalDate.of(2020, 12, 31))).isEqualTo("false");
        assertThat(pension.defaultText(LocalDate.of(2021, 1, 1))).isEqualTo("true");
        assertThat(pension.defaultText(LocalDate.of(2025, 12, 31))).isEqualTo("true");
        assertThat(pension.defaultText(LocalDate.of(2026, 1, 1))).isEqualTo("false");
        assertThat(DibaoParameterDeclarations.DIBAO_STANDARD_URBAN.defaultText(LocalDate.of(2020, 8, 1))).isNull();
    }
}
