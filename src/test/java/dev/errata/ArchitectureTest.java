package dev.errata;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of docs/architecture.md: the layers expr and data, then tags, then metrics and project,
 * with discovery and compare on metrics, then report, then figure (the figures both faces draw), then workbench, then the two
 * front ends cli and ui, which do not know each other; only ui uses JavaFX; no
 * package reaches back to one that depends on it.
 */
@AnalyzeClasses(packages = "dev.errata", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that()
            .resideOutsideOfPackage("dev.errata.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule expressionsUseOnlyTheJdk = classes()
            .that()
            .resideInAPackage("dev.errata.expr..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("dev.errata.expr..", "dev.errata.data..", "java..");

    /** The keymap is plain data the window installs; the window's toolkit stays in ui.keys. */
    @ArchTest
    static final ArchRule theKeymapUsesOnlyTheJdk = classes()
            .that()
            .resideInAPackage("dev.errata.keymap..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("dev.errata.keymap..", "java..");

    @ArchTest
    static final ArchRule dataDependsOnNoOtherLayer = noClasses()
            .that()
            .resideInAPackage("dev.errata.data..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.errata.tags..",
                    "dev.errata.metrics..",
                    "dev.errata.project..",
                    "dev.errata.report..",
                    "dev.errata.workbench..",
                    "dev.errata.cli..",
                    "dev.errata.ui..");

    @ArchTest
    static final ArchRule tagsUseOnlyData = noClasses()
            .that()
            .resideInAPackage("dev.errata.tags..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.errata.metrics..",
                    "dev.errata.project..",
                    "dev.errata.report..",
                    "dev.errata.workbench..",
                    "dev.errata.cli..",
                    "dev.errata.ui..");

    @ArchTest
    static final ArchRule metricsUseOnlyDataAndTags = noClasses()
            .that()
            .resideInAPackage("dev.errata.metrics..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.errata.project..",
                    "dev.errata.report..",
                    "dev.errata.workbench..",
                    "dev.errata.cli..",
                    "dev.errata.ui..");

    /** Discovery sits beside metrics, on its errors and rates: it knows neither files nor faces. */
    @ArchTest
    static final ArchRule discoveryUsesOnlyDataTagsAndMetrics = noClasses()
            .that()
            .resideInAPackage("dev.errata.discovery..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.errata.project..",
                    "dev.errata.report..",
                    "dev.errata.workbench..",
                    "dev.errata.cli..",
                    "dev.errata.ui..");

    /** Comparing models sits on metrics: each model's numbers come from the metrics code, paired here. */
    @ArchTest
    static final ArchRule comparisonUsesOnlyDataTagsAndMetrics = noClasses()
            .that()
            .resideInAPackage("dev.errata.compare..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.errata.discovery..",
                    "dev.errata.project..",
                    "dev.errata.report..",
                    "dev.errata.workbench..",
                    "dev.errata.cli..",
                    "dev.errata.ui..");

    @ArchTest
    static final ArchRule projectUsesOnlyDataAndTags = noClasses()
            .that()
            .resideInAPackage("dev.errata.project..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.errata.metrics..",
                    "dev.errata.report..",
                    "dev.errata.workbench..",
                    "dev.errata.cli..",
                    "dev.errata.ui..");

    @ArchTest
    static final ArchRule reportDoesNotUseCommandsOrWindow = noClasses()
            .that()
            .resideInAPackage("dev.errata.report..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.errata.project..",
                    "dev.errata.figure..",
                    "dev.errata.workbench..",
                    "dev.errata.cli..",
                    "dev.errata.ui..");

    /** Figures are drawn from metrics for both faces: by the window on its canvas, by the reports as SVG. */
    @ArchTest
    static final ArchRule figuresAreDrawnBelowBothFaces = noClasses()
            .that()
            .resideInAPackage("dev.errata.figure..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.errata.project..", "dev.errata.workbench..", "dev.errata.cli..", "dev.errata.ui..");

    /** The application layer serves both faces and knows neither. */
    @ArchTest
    static final ArchRule theWorkbenchServesBothFacesAndKnowsNeither = noClasses()
            .that()
            .resideInAPackage("dev.errata.workbench..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.errata.cli..", "dev.errata.ui..");

    @ArchTest
    static final ArchRule samplesAreCoreCode = noClasses()
            .that()
            .resideInAnyPackage("dev.errata.samples..", "dev.errata.bench..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.errata.cli..", "dev.errata.ui..");

    @ArchTest
    static final ArchRule commandsDoNotUseTheWindow = noClasses()
            .that()
            .resideInAPackage("dev.errata.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.errata.ui..");

    @ArchTest
    static final ArchRule theWindowDoesNotUseCommands = noClasses()
            .that()
            .resideInAPackage("dev.errata.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.errata.cli..");

    @ArchTest
    static final ArchRule coreDoesNotUseBenchmarkOrSamples = noClasses()
            .that()
            .resideInAnyPackage(
                    "dev.errata.expr..",
                    "dev.errata.data..",
                    "dev.errata.tags..",
                    "dev.errata.metrics..",
                    "dev.errata.discovery..",
                    "dev.errata.compare..",
                    "dev.errata.project..",
                    "dev.errata.report..",
                    "dev.errata.figure..",
                    "dev.errata.workbench..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.errata.bench..", "dev.errata.samples..");

    /** Each package and sub-package is a slice: none may reach back to one that depends on it. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("dev.errata.(**)").should().beFreeOfCycles();
}
