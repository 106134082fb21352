package io.faultline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module rules of STYLE.md, checked on every build. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.faultline");

	@Test
	void packagesByFeatureNotByLayer() {
		noClasses().should()
			.resideInAnyPackage("..controller..", "..service..", "..repository..", "..dto..", "..impl..")
			.check(CLASSES);
		noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("DTO").check(CLASSES);
	}

	@Test
	void controllersAndRepositoriesStayInsideTheirFeature() {
		classes().that().areAnnotatedWith(Controller.class).should().notBePublic().check(CLASSES);
		classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
	}

	@Test
	void readsTheTimeFromTheInjectedClock() {
		noClasses().should()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(OffsetDateTime.class, "now")
			.check(CLASSES);
	}

}
