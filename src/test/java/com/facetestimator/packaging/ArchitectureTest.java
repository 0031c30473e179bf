package com.facetestimator.packaging;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering docs/DESIGN.md promises, checked on the compiled classes of src/main and
 * src/dev (tests are left out: they may reach anywhere). Dependencies point inward to a pure
 * domain; the handlers know nothing of the dev tools; no package depends on itself through
 * others.
 */
class ArchitectureTest {
    private static final String ROOT = "com.facetestimator";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(new MainAndDevCode()).importPackages(ROOT);
    }

    @Test
    void importsMainAndDevCodeButNoTests() {
        assertThat(classes.contain(ROOT + ".api.EstimatesHandler")).isTrue();
        assertThat(classes.contain(ROOT + ".local.LocalMain")).isTrue();
        assertThat(classes.contain(ROOT + ".tools.FeeImport")).isTrue();
        assertThat(classes.contain(ROOT + ".packaging.ArchitectureTest")).isFalse();
    }

    @Test
    void domainImportsNoAwsJacksonOrIo() {
        noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "software.amazon..", "com.amazonaws..", "com.fasterxml.jackson..", "java.io..", "java.nio.file..",
                        "java.net..", "org.yaml..")
                .because("the domain is pure: no AWS, no JSON, no I/O")
                .check(classes);
    }

    @Test
    void domainDependsOnNoAdapter() {
        noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".api..", ROOT + ".store..", ROOT + ".rules..", ROOT + ".local..", ROOT + ".tools..")
                .because("dependencies point inward")
                .check(classes);
    }

    @Test
    void handlersDoNotReachIntoTheDevTools() {
        noClasses().that().resideInAnyPackage(ROOT + ".api..", ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".local..", ROOT + ".tools..")
                .because("the Lambda artifact carries neither the local server nor the importers")
                .check(classes);
    }

    @Test
    void storeDoesNotKnowTheHandlers() {
        noClasses().that().resideInAPackage(ROOT + ".store..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".api..")
                .check(classes);
    }

    @Test
    void noCycleBetweenTopLevelPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noCycleBetweenSubPackages() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    /**
     * target/classes, plus those classes of target/test-classes whose source is in src/dev/java
     * (build-helper compiles that root with the tests).
     */
    static final class MainAndDevCode implements ImportOption {
        private static final Path DEV_SOURCES = Path.of("src/dev/java");

        @Override
        public boolean includes(Location location) {
            String uri = location.asURI().toString();
            if (uri.contains("/target/classes/")) {
                return true;
            }
            int at = uri.indexOf("/target/test-classes/");
            if (at < 0 || !uri.endsWith(".class")) {
                return false;
            }
            String name = uri.substring(at + "/target/test-classes/".length(), uri.length() - ".class".length());
            int nested = name.indexOf('$');
            String topLevel = nested < 0 ? name : name.substring(0, nested);
            return Files.exists(DEV_SOURCES.resolve(topLevel + ".java"));
        }
    }
}
