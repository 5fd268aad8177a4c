package org.safeguard.temporaryassistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.safeguard.policy.NewParameterVersion;
import org.safeguard.policy.ParameterCatalog;
import org.safeguard.policy.ParameterDefinition;
import org.safeguard.policy.PolicyParameters;
import org.safeguard.policy.TierTable;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The module's parameters are in the catalog with Safeguard's defaults (domain.md §16 item 11), each default is a value
 * a region may record, each has a label in both languages, and a malformed tier table is refused. Versions are recorded
 * for Luonan (Hongshan) from 2090 on, so they cannot change what other tests see.
 */
@SafeguardTest
class TemporaryAssistanceParametersTest {

    private static final RegionCode LUONAN = RegionCode.of("420111001000");
    private static final LocalDate FAR = LocalDate.of(2090, 1, 1);

    @Autowired
    ParameterCatalog catalog;
    @Autowired
    PolicyParameters parameters;
    @Autowired
    TemporaryAssistanceCalculation calculation;
    @Autowired
    MessageSource messages;

    @Test
    void theDefaultsAreThoseOfDomainItem11AndSIsTheDibaoStandardUntilARegionSetsItsOwn() {
        TemporaryAssistanceParameters p = calculation.parametersFor(RegionCode.of("420106006001"), LocalDate.of(2020, 8, 3));
        assertThat(p.regionUrbanRural()).isEqualTo(UrbanRural.URBAN);
        assertThat(p.urban().amount()).isEqualByComparingTo("780");
        assertThat(p.urban().fromDibao()).isTrue();
        assertThat(p.rural().amount()).isEqualByComparingTo("620");
        assertThat(new int[] {p.monthsGeneral(), p.monthsSerious(), p.monthsSevere(), p.expenditureMonths()}).containsExactly(1, 2, 3, 6);
        assertThat(p.townshipMultiple()).isEqualByComparingTo("3");
        assertThat(p.countyMultiple()).isEqualByComparingTo("10");
        assertThat(new int[] {p.repeatWindowMonths(), p.repeatMaxGrants(), p.uninsuredNoIncomeMonths()}).containsExactly(12, 1, 3);
        assertThat(p.uninsuredFrom()).isEqualTo(LocalDate.of(2020, 7, 29));
        assertThat(p.uninsuredTo()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(p.uninsuredMultiple()).isEqualByComparingTo("3");
        assertThat(p.disposableIncomeUrban()).isNull();
        assertThat(p.tiers().rows()).isEmpty();
    }

    @Test
    void everyDefaultIsAValueARegionMayRecordAndEveryParameterHasALabelInBothLanguages() {
        for (ParameterDefinition d : new TemporaryAssistanceParameterDeclarations().parameters()) {
            assertThat(catalog.find(d.name())).as(d.name()).contains(d);
            assertThat(d.source()).as(d.name()).startsWith("domain.md");
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                assertThat(messages.getMessage("policy.parameter." + d.name(), null, null, locale)).as(d.name() + " " + locale).isNotBlank();
            }
            String text = d.defaultText(FAR);
            if (text != null) {
                parameters.record(NewParameterVersion.scalar(LUONAN, d, FAR, text, "default is recordable"));
            }
        }
        assertThat(messages.getMessage("policy.parameter.TEMP_ASSIST_TIERS", null, Locale.SIMPLIFIED_CHINESE)).contains("分类分档");
    }

    @Test
    void aRegionsOwnBaseStandardAndTierTableReplaceTheDefaults() {
        parameters.record(NewParameterVersion.scalar(LUONAN, TemporaryAssistanceParameterDeclarations.BASE_URBAN,
                FAR.plusYears(1), "900.50", "own base"));
        parameters.record(NewParameterVersion.scalar(LUONAN, TemporaryAssistanceParameterDeclarations.TIERS,
                FAR.plusYears(1), "emergency,*,standard_multiple,2,person,,5000", "own tiers"));
        TemporaryAssistanceParameters p = calculation.parametersFor(LUONAN, FAR.plusYears(1));
        assertThat(p.urban().amount()).isEqualByComparingTo(new BigDecimal("900.50"));
        assertThat(p.urban().fromDibao()).isFalse();
        assertThat(p.tiers().find("EMERGENCY", "SEVERE")).hasValueSatisfying(r -> {
            assertThat(r.basis()).isEqualTo(TierTable.Basis.STANDARD_MULTIPLE);
            assertThat(r.max()).isEqualByComparingTo("5000");
        });
    }

    @Test
    void aMalformedTierTableIsRefusedWithAFieldProblem() {
        for (String bad : new String[] {"EMERGENCY,SEVERE,TIMES,2,PERSON", "EMERGENCY,SEVERE,FIXED,-1,PERSON",
                "EMERGENCY,SEVERE,FIXED,100,PERSON,500,100", "EMERGENCY,*,FIXED,1,PERSON;EMERGENCY,*,FIXED,2,PERSON",
                "EXPENDITURE,*,PERCENT_OF_COST,101,HOUSEHOLD", "*,*,FIXED,1,PERSON", "EMERGENCY,SEVERE,FIXED"}) {
            assertThatThrownBy(() -> parameters.record(NewParameterVersion.scalar(LUONAN,
                    TemporaryAssistanceParameterDeclarations.TIERS, FAR, bad, "bad"))).as(bad)
                    .isInstanceOfSatisfying(SafeguardException.class,
                            e -> assertThat(e.getMessage()).isNotNull());
        }
        assertThat(TierTable.parse("EMERGENCY,SEVERE,FIXED,10000,HOUSEHOLD;EXPENDITURE,*,PERCENT_OF_COST,50,HOUSEHOLD,500,6000").text())
                .isEqualTo("EMERGENCY,SEVERE,FIXED,10000,HOUSEHOLD,,;EXPENDITURE,*,PERCENT_OF_COST,50,HOUSEHOLD,500,6000");
    }
}
