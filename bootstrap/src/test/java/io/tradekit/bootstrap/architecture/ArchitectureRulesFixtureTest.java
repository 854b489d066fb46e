package io.tradekit.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.tradekit.archfixture.adapters.inmemory.InMemoryOrders;
import io.tradekit.archfixture.adapters.inmemory.broken.InMemoryLeansOnPostgres;
import io.tradekit.archfixture.adapters.postgres.PostgresOrdersConfiguration;
import io.tradekit.archfixture.adapters.postgres.StoreSupport;
import io.tradekit.archfixture.adapters.postgres.broken.InstantNowInAdapter;
import io.tradekit.archfixture.adapters.postgres.order.PostgresOrders;
import io.tradekit.archfixture.application.broken.AdapterInApplication;
import io.tradekit.archfixture.application.broken.CurrentTimeMillisInApplication;
import io.tradekit.archfixture.application.broken.DataSourceInApplication;
import io.tradekit.archfixture.application.broken.InstantNowReferenceInApplication;
import io.tradekit.archfixture.application.broken.LocalDateNowInApplication;
import io.tradekit.archfixture.application.broken.LocalDateTimeNowInApplication;
import io.tradekit.archfixture.application.broken.MyBatisInApplication;
import io.tradekit.archfixture.application.broken.NewDateInApplication;
import io.tradekit.archfixture.application.broken.Slf4jInApplication;
import io.tradekit.archfixture.application.broken.SystemClockInApplication;
import io.tradekit.archfixture.application.ordering.PlaceOrder;
import io.tradekit.archfixture.bootstrap.broken.SavesOrderInBootstrap;
import io.tradekit.archfixture.bootstrap.broken.SavesThroughAdapterInBootstrap;
import io.tradekit.archfixture.bootstrap.clock.SystemClockAdapter;
import io.tradekit.archfixture.bootstrap.report.OrderReport;
import io.tradekit.archfixture.domain.broken.InstantNowInDomain;
import io.tradekit.archfixture.domain.broken.JdbcInDomain;
import io.tradekit.archfixture.domain.broken.JulInDomain;
import io.tradekit.archfixture.domain.broken.SpringInDomain;
import io.tradekit.archfixture.domain.cyclea.CycleA;
import io.tradekit.archfixture.domain.cycleb.CycleB;
import io.tradekit.archfixture.domain.order.Order;
import io.tradekit.archfixture.domain.order.OrderRepository;
import io.tradekit.archfixture.domain.shared.Amount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves the architecture rules can fail. Each rule runs against fixture classes under
 * {@code io.tradekit.archfixture}, shaped like the real packages: a clean set that keeps every rule,
 * and, one case at a time, the clean set plus a class that breaks exactly the rules the case names.
 * A rule that never fails here would be a check that cannot fail.
 */
class ArchitectureRulesFixtureTest {
    private static final ArchitectureRules RULES = new ArchitectureRules("io.tradekit.archfixture");

    private static final List<Class<?>> CLEAN = List.of(Amount.class, Order.class, OrderRepository.class,
            PlaceOrder.class, InMemoryOrders.class, PostgresOrders.class, PostgresOrdersConfiguration.class,
            StoreSupport.class, SystemClockAdapter.class, OrderReport.class);

    /** The clean fixture plus one breaking class; {@code broken} are the rules it must break, no more. */
    record Breach(String name, List<Class<?>> breaking, Set<String> broken) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Breach> breaches() {
        return List.of(
                new Breach("Spring in domain", List.of(SpringInDomain.class),
                        Set.of("domain-depends-only-on-java", "domain-free-of-frameworks")),
                new Breach("JDBC in domain", List.of(JdbcInDomain.class), Set.of("domain-free-of-frameworks")),
                new Breach("java.util.logging in domain", List.of(JulInDomain.class),
                        Set.of("domain-free-of-frameworks")),
                new Breach("Instant.now() in domain", List.of(InstantNowInDomain.class),
                        Set.of("domain-reads-no-wall-clock")),
                new Breach("MyBatis in application", List.of(MyBatisInApplication.class),
                        Set.of("application-depends-only-on-domain-and-java", "application-free-of-frameworks")),
                new Breach("SLF4J in application", List.of(Slf4jInApplication.class),
                        Set.of("application-depends-only-on-domain-and-java", "application-free-of-frameworks")),
                new Breach("javax.sql in application", List.of(DataSourceInApplication.class),
                        Set.of("application-depends-only-on-domain-and-java", "application-free-of-frameworks")),
                new Breach("adapter in application", List.of(AdapterInApplication.class),
                        Set.of("application-depends-only-on-domain-and-java")),
                new Breach("System.currentTimeMillis() in application", List.of(CurrentTimeMillisInApplication.class),
                        Set.of("application-reads-no-wall-clock")),
                new Breach("LocalDate.now() in application", List.of(LocalDateNowInApplication.class),
                        Set.of("application-reads-no-wall-clock")),
                new Breach("LocalDateTime.now() in application", List.of(LocalDateTimeNowInApplication.class),
                        Set.of("application-reads-no-wall-clock")),
                new Breach("new Date() in application", List.of(NewDateInApplication.class),
                        Set.of("application-reads-no-wall-clock")),
                new Breach("Instant::now in application", List.of(InstantNowReferenceInApplication.class),
                        Set.of("application-reads-no-wall-clock")),
                new Breach("Clock.systemUTC() in application", List.of(SystemClockInApplication.class),
                        Set.of("application-reads-no-wall-clock")),
                new Breach("Instant.now() in an adapter", List.of(InstantNowInAdapter.class),
                        Set.of("adapters-read-no-wall-clock")),
                new Breach("adapter depending on adapter", List.of(InMemoryLeansOnPostgres.class),
                        Set.of("adapters-independent")),
                new Breach("port write in bootstrap", List.of(SavesOrderInBootstrap.class),
                        Set.of("bootstrap-writes-through-no-port")),
                new Breach("port write through an adapter in bootstrap", List.of(SavesThroughAdapterInBootstrap.class),
                        Set.of("bootstrap-writes-through-no-port")),
                new Breach("cycle between domain aggregates", List.of(CycleA.class, CycleB.class),
                        Set.of("no-cycles-between-aggregates")));
    }

    @Test
    void everyRuleHoldsOnTheCleanFixture() {
        JavaClasses clean = importing(CLEAN);
        RULES.all().forEach((name, rule) ->
                assertThatCode(() -> rule.check(clean)).as(name).doesNotThrowAnyException());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaches")
    void aBreachBreaksExactlyItsRules(Breach breach) {
        List<Class<?>> all = new ArrayList<>(CLEAN);
        all.addAll(breach.breaking());
        JavaClasses classes = importing(all);
        String culprit = breach.breaking().get(0).getSimpleName();

        for (Map.Entry<String, ArchRule> rule : RULES.all().entrySet()) {
            if (breach.broken().contains(rule.getKey())) {
                assertThatThrownBy(() -> rule.getValue().check(classes))
                        .as("%s must break %s", breach, rule.getKey())
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining(culprit);
            } else {
                assertThatCode(() -> rule.getValue().check(classes))
                        .as("%s must not break %s", breach, rule.getKey())
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void everyRuleIsBrokenByAtLeastOneFixture() {
        Set<String> covered = new HashSet<>();
        breaches().forEach(b -> covered.addAll(b.broken()));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(RULES.all().keySet());
    }

    @Test
    void everyRuleFailsWhenItChecksNothing() {
        JavaClasses nothing = importing(List.of());
        RULES.all().forEach((name, rule) ->
                assertThatThrownBy(() -> rule.check(nothing)).as(name)
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining("failed to check any classes"));
    }

    @Test
    void aLayerRuleFailsWhenItsLayerIsMissing() {
        // the domain is there, the application is not: the application's rules must not pass vacuously
        JavaClasses domainOnly = importing(List.of(Amount.class, Order.class, OrderRepository.class));
        Stream.of("application-depends-only-on-domain-and-java", "application-free-of-frameworks",
                        "application-reads-no-wall-clock", "adapters-independent")
                .forEach(name -> assertThatThrownBy(() -> RULES.all().get(name).check(domainOnly)).as(name)
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining("failed to check any classes"));
    }

    private static JavaClasses importing(List<Class<?>> classes) {
        return new ClassFileImporter().importClasses(classes.toArray(Class<?>[]::new));
    }
}
