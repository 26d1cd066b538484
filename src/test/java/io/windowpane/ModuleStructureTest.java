package io.windowpane;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package-by-feature structure holds: modules reach each other only through their public top-level
 * types, and no feature touches the ERP adapter or the simulator; features depend on the ERP port only.
 */
class ModuleStructureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.windowpane");

    @Test
    void modulesRespectEachOthersBoundaries() {
        ApplicationModules.of("io.windowpane").verify();
    }

    @Test
    void onlyTheEmbeddedLauncherStartsTheSimulator() {
        noClasses().that().resideOutsideOfPackage("io.windowpane.erpsim..")
                .and().doNotHaveFullyQualifiedName(EmbeddedErpSimulator.class.getName())
                .should().dependOnClassesThat().resideInAPackage("io.windowpane.erpsim..")
                .check(PORTAL);
    }

    @Test
    void featuresDependOnTheErpPortNeverOnItsHttpAdapter() {
        noClasses().that().resideOutsideOfPackage("io.windowpane.erp.http..")
                .should().dependOnClassesThat().resideInAPackage("io.windowpane.erp.http..")
                .check(PORTAL);
    }

    @Test
    void featuresDependOnTheErpPortNeverOnItsTrytonAdapter() {
        noClasses().that().resideOutsideOfPackage("io.windowpane.erp.tryton..")
                .should().dependOnClassesThat().resideInAPackage("io.windowpane.erp.tryton..")
                .check(PORTAL);
    }

    @Test
    void theSimulatorSharesNoCodeWithThePortal() {
        noClasses().that().resideInAPackage("io.windowpane.erpsim..")
                .should().dependOnClassesThat().resideInAnyPackage("io.windowpane.erp..", "io.windowpane.account..",
                        "io.windowpane.security..", "io.windowpane.web..")
                .check(PORTAL);
    }
}
