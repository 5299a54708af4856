package io.msglint.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URI;
import java.net.URISyntaxException;

/** The walls of the architecture: rules decide and never parse; front ends never decide; no loading, no network. */
@AnalyzeClasses(packages = "io.msglint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule rulesDoNotParse = noClasses().that().resideInAPackage("io.msglint.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("io.msglint.core..", "com.github.javaparser..", "javassist..");

    @ArchTest
    static final ArchRule frontEndDoesNotDecide = noClasses().that().resideInAnyPackage(
                    "io.msglint.core.extract..", "io.msglint.core.resolve..", "io.msglint.core.source..", "io.msglint.core.parse..")
            .should().dependOnClassesThat().resideInAnyPackage("io.msglint.rules.checks..", "io.msglint.rules.catalog..");

    @ArchTest
    static final ArchRule reportersOnlyFormat = noClasses().that().resideInAPackage("io.msglint.core.report..")
            .should().dependOnClassesThat().resideInAnyPackage("io.msglint.rules.checks..", "io.msglint.core.extract..",
                    "io.msglint.core.resolve..", "com.github.javaparser..");

    /** {@code java.net.URI} only names things (SARIF's file URIs); everything else in java.net can connect. */
    @ArchTest
    static final ArchRule noNetwork = noClasses().that().resideInAPackage("io.msglint..")
            .should().dependOnClassesThat(resideInAPackage("java.net..")
                    .and(not(equivalentTo(URI.class))).and(not(equivalentTo(URISyntaxException.class))))
            .as("no class of msglint uses java.net beyond URI: nothing can open a connection");

    @ArchTest
    static final ArchRule noClassLoading = noClasses().that().resideInAPackage("io.msglint..")
            .should().callMethod(Class.class, "forName", String.class)
            .orShould().callMethod(Class.class, "forName", String.class, boolean.class, ClassLoader.class)
            .orShould().dependOnClassesThat().areAssignableTo(ClassLoader.class);

    @ArchTest
    static final ArchRule factsAreRecords = classes().that().resideInAPackage("io.msglint.rules.model")
            .and().areNotEnums().and().areNotMemberClasses().and().areNotInterfaces()
            .should().beRecords();

    @ArchTest
    static final ArchRule onlyTheBytecodeFrontEndUsesArchUnit = noClasses().that().resideInAPackage("io.msglint..")
            .and().resideOutsideOfPackage("io.msglint.rules.archunit..")
            .should().dependOnClassesThat().resideInAPackage("com.tngtech.archunit..");

    @ArchTest
    static final ArchRule azureKnowledgeLivesInRules = noClasses().that().resideInAPackage("io.msglint.core..")
            .should().dependOnClassesThat().resideInAPackage("com.azure..");
}
