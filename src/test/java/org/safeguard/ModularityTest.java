package org.safeguard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(SafeguardApplication.class).verify();
    }

    /** Price subsidies learn who is covered from the shared benefit-period events, not from any benefit's module. */
    @Test
    void priceSubsidiesDoNotDependOnTheDibaoCaseload() {
        noClasses().that().resideInAPackage("org.safeguard.pricesubsidy..")
                .should().dependOnClassesThat().resideInAPackage("org.safeguard.beneficiary..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.safeguard"));
    }
}
