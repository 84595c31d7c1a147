package org.fashionlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.fashionlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule nothingOutsideUiDependsOnUi =
      noClasses()
          .that()
          .resideOutsideOfPackage("..ui..")
          .and()
          .doNotHaveSimpleName("Application")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..ui..");

  @ArchTest
  static final ArchRule servicesDoNotUseVaadin =
      noClasses()
          .that()
          .resideOutsideOfPackage("..ui..")
          .and()
          .doNotHaveSimpleName("Application")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.vaadin..");

  @ArchTest
  static final ArchRule viewsDoNotUseDjl =
      noClasses()
          .that()
          .resideInAPackage("..ui..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("ai.djl..")
          .allowEmptyShould(true); // holds once views exist

  /** Security by default: a page without an access annotation would be refused to everyone. */
  @ArchTest
  static final ArchRule everyPageSaysWhoMayOpenIt =
      classes()
          .that()
          .areAnnotatedWith(com.vaadin.flow.router.Route.class)
          .or()
          .areAssignableTo(com.vaadin.flow.router.HasErrorParameter.class)
          .and()
          .resideInAPackage("org.fashionlab..")
          .should()
          .beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
          .orShould()
          .beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
          .orShould()
          .beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class);

  /** Identity sits below every feature: features ask it who is signed in, never the reverse. */
  @ArchTest
  static final ArchRule securityKnowsNoFeature =
      noClasses()
          .that()
          .resideInAPackage("org.fashionlab.security..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.fashionlab.account..",
              "org.fashionlab.registry..",
              "org.fashionlab.queue..",
              "org.fashionlab.training..",
              "org.fashionlab.classify..",
              "org.fashionlab.tune..",
              "org.fashionlab.dataset..",
              "org.fashionlab.learn..",
              "org.fashionlab.base..");

  /** Accounts are stored and checked in one place; other features use its services. */
  @ArchTest
  static final ArchRule onlyTheAccountFeatureUsesSpringSecurityPasswords =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.fashionlab.account..", "org.fashionlab.security..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework.security.crypto..");

  /**
   * The services of the features form layers (dataset, model, training, registry, queue, then tune,
   * classify, learn); views sit on top of all of them, so what a view uses is not a cycle.
   */
  /** The budget is computed from a spec alone: nothing of the engine, so nothing allocated. */
  @ArchTest
  static final ArchRule theComputeBudgetAllocatesNothing =
      noClasses()
          .that()
          .resideInAPackage("org.fashionlab.budget..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("ai.djl..");

  /** The HTTP edge (errors, strict JSON, upload limits) sits on top: no feature depends on it. */
  @ArchTest
  static final ArchRule nothingDependsOnTheHttpEdge =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.fashionlab.api..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.fashionlab.api..");

  @ArchTest
  static final ArchRule featurePackagesHaveNoCycles =
      slices()
          .matching("org.fashionlab.(*)..")
          .should()
          .beFreeOfCycles()
          .ignoreDependency(
              JavaClass.Predicates.resideInAPackage("..ui.."), DescribedPredicate.alwaysTrue());
}
