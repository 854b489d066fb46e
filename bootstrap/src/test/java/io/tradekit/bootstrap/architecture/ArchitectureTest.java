package io.tradekit.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The architecture rules over the real modules: every production class under {@code io.tradekit}
 * (domain, application, both adapters, bootstrap), test classes and the test-jars left out.
 * {@link ArchitectureRulesFixtureTest} proves each of these rules fails when broken.
 */
class ArchitectureTest {
    private static JavaClasses production;

    /**
     * Test classes stay out wherever they come from: target/test-classes directories, and the test-jars
     * (*-tests.jar) the reactor hands bootstrap once the other modules are packaged, which ArchUnit's
     * DO_NOT_INCLUDE_TESTS does not recognise.
     */
    static final ImportOption PRODUCTION_ONLY = location -> !location.contains("/test-classes/")
            && !location.matches(Pattern.compile(".*-tests\\.jar.*"));

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(PRODUCTION_ONLY)
                .importPackages("io.tradekit");
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHolds() {
        return new ArchitectureRules("io.tradekit").all().entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(production)));
    }
}
