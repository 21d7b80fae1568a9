package org.tierdesk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The layout of DESIGN.md as rules: components are boundary-control-entity packages, their inner
 * parts stay free of web APIs and private to the component, the platform sits below every
 * component, and the user interface sits above them all.
 */
@AnalyzeClasses(packages = "org.tierdesk", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

  private static final String ROOT = "org.tierdesk";

  /**
   * The application's classes only. ArchUnit's own DoNotIncludeTests looks for {@code
   * target/test-classes}, which misses a moved build directory (TIERDESK_BUILD_DIR).
   */
  static final class MainClassesOnly implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/test-classes/");
    }
  }

  @ArchTest
  static final ArchRule controlAndEntityUseNoWebApi =
      noClasses()
          .that()
          .resideInAnyPackage("..control..", "..entity..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..")
          .because("logic and model are used by every channel and tested without a container");

  @ArchTest
  static final ArchRule entitiesDoNotDependOnBoundariesOrControl =
      noClasses()
          .that()
          .resideInAPackage("..entity..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..boundary..", "..control..")
          .because("the model is the bottom layer of a component");

  @ArchTest
  static final ArchRule onlyTheUserInterfaceUsesTheUserInterface =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".ui..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT + ".ui..")
          .because("screens sit on top of the components' boundaries, never the other way round");

  @ArchTest
  static final ArchRule platformDependsOnNoBusinessComponent =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".platform..")
          .should()
          .dependOnClassesThat(
              resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".platform.."))))
          .because(
              "the platform (clock, i18n, errors, persistence, security) serves every component");

  @ArchTest
  static final ArchRule ticketsNeverImportFaces =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".ticket..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.faces..")
          .because("DESIGN.md: tickets never import Faces");

  @ArchTest
  static final ArchRule controlIsPrivateToItsComponent =
      classes()
          .that()
          .resideInAPackage(ROOT + ".*.control..")
          .should(beUsedOnlyWithinTheirComponent())
          .because("components reach each other only through boundaries or events");

  @ArchTest
  static final ArchRule noBeanValidationConstraints =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.validation..")
          .because(
              "Bean Validation is off for Faces and JPA (web.xml, persistence.xml): a constraint"
                  + " would be silently ignored; boundaries check input and explain refusals");

  private static ArchCondition<JavaClass> beUsedOnlyWithinTheirComponent() {
    return new ArchCondition<>("be used only within their own component") {
      @Override
      public void check(JavaClass control, ConditionEvents events) {
        String component = componentOf(control);
        for (Dependency dependency : control.getDirectDependenciesToSelf()) {
          if (!component.equals(componentOf(dependency.getOriginClass()))) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  /** The first package below org.tierdesk: ticket, routing, platform, ui, ... */
  static String componentOf(JavaClass javaClass) {
    String name = javaClass.getPackageName();
    if (!name.startsWith(ROOT + ".")) {
      return name;
    }
    String rest = name.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
