package io.tradekit.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The architecture rules of tradekit, written once and parameterized by the root package: the real
 * test checks them under {@code io.tradekit}, the fixture test proves each one fails when broken by
 * checking it under {@code io.tradekit.archfixture}, whose packages have the same shape.
 *
 * <p>Every rule refuses to pass on an empty selection ({@code allowEmptyShould(false)}): a rule
 * whose package was renamed away would otherwise check nothing and stay green.
 */
public final class ArchitectureRules {

    /** Frameworks the core must never see. Rules 1 and 2 already ban every non-java.* package; this
     *  one also bans the parts of java.* that are infrastructure (JDBC, java.util.logging). */
    static final String[] FRAMEWORK_PACKAGES = {
            "org.springframework..", "org.apache.ibatis..", "org.mybatis..", "java.sql..", "javax.sql..",
            "com.zaxxer..", "org.flywaydb..", "org.postgresql..",
            "org.slf4j..", "java.util.logging..", "org.apache.logging..", "ch.qos.logback..",
            "org.apache.commons.logging.."};

    /** Wall-clock reads: (owner, method name, parameter count); "<init>" is a constructor. */
    static final List<WallClockRead> WALL_CLOCK_READS = List.of(
            new WallClockRead("java.time.Instant", "now", 0),
            new WallClockRead("java.time.LocalDate", "now", 0),
            new WallClockRead("java.time.LocalDateTime", "now", 0),
            new WallClockRead("java.time.LocalTime", "now", 0),
            new WallClockRead("java.time.ZonedDateTime", "now", 0),
            new WallClockRead("java.time.OffsetDateTime", "now", 0),
            new WallClockRead("java.time.Clock", "systemUTC", 0),
            new WallClockRead("java.time.Clock", "systemDefaultZone", 0),
            new WallClockRead("java.lang.System", "currentTimeMillis", 0),
            new WallClockRead("java.util.Date", "<init>", 0));

    record WallClockRead(String owner, String name, int parameters) {
        boolean matches(JavaCodeUnitAccess<?> access) {
            return access.getTargetOwner().getName().equals(owner)
                    && access.getTarget().getName().equals(name)
                    && access.getTarget().getRawParameterTypes().size() == parameters;
        }

        @Override
        public String toString() {
            return owner.substring(owner.lastIndexOf('.') + 1) + ("<init>".equals(name) ? " constructor" : "." + name)
                    + "()";
        }
    }

    private final String root;

    public ArchitectureRules(String root) {
        this.root = root;
    }

    /** Every rule, by a short name the tests report and the fixture table refers to. */
    public Map<String, ArchRule> all() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("domain-depends-only-on-java", domainDependsOnlyOnJava());
        rules.put("application-depends-only-on-domain-and-java", applicationDependsOnlyOnDomainAndJava());
        rules.put("domain-free-of-frameworks", freeOfFrameworks("domain"));
        rules.put("application-free-of-frameworks", freeOfFrameworks("application"));
        rules.put("domain-reads-no-wall-clock", readsNoWallClock("domain"));
        rules.put("application-reads-no-wall-clock", readsNoWallClock("application"));
        rules.put("adapters-read-no-wall-clock", readsNoWallClock("adapters"));
        rules.put("adapters-independent", adaptersIndependent());
        rules.put("no-cycles-between-aggregates", noCyclesBetweenAggregates());
        rules.put("bootstrap-writes-through-no-port", bootstrapWritesThroughNoPort());
        return rules;
    }

    public ArchRule domainDependsOnlyOnJava() {
        return classes().that().resideInAPackage(pkg("domain"))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", pkg("domain"))
                .because("the domain is pure Java: no library may leak into the rules of the business")
                .allowEmptyShould(false);
    }

    public ArchRule applicationDependsOnlyOnDomainAndJava() {
        return classes().that().resideInAPackage(pkg("application"))
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", pkg("domain"), pkg("application"))
                .because("use cases see the domain and its ports, never an adapter or a framework")
                .allowEmptyShould(false);
    }

    public ArchRule freeOfFrameworks(String layer) {
        return noClasses().that().resideInAPackage(pkg(layer))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES)
                .because("Spring, MyBatis, JDBC and logging belong in adapters and bootstrap")
                .allowEmptyShould(false);
    }

    public ArchRule readsNoWallClock(String layer) {
        return classes().that().resideInAPackage(pkg(layer))
                .should(readNoWallClock())
                .because("time comes from an injected java.time.Clock, so a backtest runs on simulated time")
                .allowEmptyShould(false);
    }

    public ArchRule adaptersIndependent() {
        return slices().matching(root + ".adapters.(*)..")
                .should().notDependOnEachOther()
                .because("an adapter is replaceable only if no other adapter leans on it")
                .allowEmptyShould(false);
    }

    /**
     * No cycles between slices, one slice per aggregate or use-case area: {@code domain.position},
     * {@code application.risk}, {@code adapters.postgres.trade}, {@code bootstrap.cli}. Classes directly in
     * a module's root package ({@code adapters.postgres}: the store's assembly and the support its
     * repositories share) belong to no slice: they wire the aggregates together by design.
     */
    public ArchRule noCyclesBetweenAggregates() {
        return slices().assignedFrom(new AggregateSlices(root))
                .should().beFreeOfCycles()
                .allowEmptyShould(false);
    }

    /** Port methods that only read: the prefixes of every query method of the domain's ports. */
    static final List<String> READ_PREFIXES = List.of("find", "summarize", "forEach", "snapshot", "stream", "count");

    /**
     * Bootstrap reads files, wires and reports: it never writes through a port (nor opens a unit of work) itself;
     * every write goes through a use case in application, where the rules live once. A call counts when its
     * target is a method of a domain port (an interface under {@code domain}, called directly or through a class
     * implementing it) whose name is not a read ({@link #READ_PREFIXES}).
     */
    public ArchRule bootstrapWritesThroughNoPort() {
        return classes().that().resideInAPackage(pkg("bootstrap"))
                .should(callNoPortWrite())
                .because("nothing outside application writes a watermark, a position or any aggregate: use cases do")
                .allowEmptyShould(false);
    }

    private ArchCondition<JavaClass> callNoPortWrite() {
        String domain = root + ".domain";
        return new ArchCondition<>("call no write method of a domain port") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                    String name = call.getTarget().getName();
                    if (READ_PREFIXES.stream().anyMatch(name::startsWith)) {
                        continue;
                    }
                    JavaClass owner = call.getTargetOwner();
                    List<JavaClass> ports = new ArrayList<>();
                    if (owner.isInterface()) {
                        ports.add(owner);
                    }
                    ports.addAll(owner.getAllRawInterfaces());
                    for (JavaClass port : ports) {
                        boolean declares = port.getMethods().stream().anyMatch(m -> m.getName().equals(name));
                        if (port.getPackageName().startsWith(domain) && declares) {
                            events.add(SimpleConditionEvent.violated(call, call.getDescription()
                                    + " writes through the port " + port.getSimpleName() + "; call a use case"));
                            break;
                        }
                    }
                }
            }
        };
    }

    private String pkg(String layer) {
        return root + "." + layer + "..";
    }

    private static ArchCondition<JavaClass> readNoWallClock() {
        return new ArchCondition<>("read no wall clock (" + WALL_CLOCK_READS + ")") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaCodeUnitAccess<?> access : javaClass.getCodeUnitAccessesFromSelf()) {
                    for (WallClockRead read : WALL_CLOCK_READS) {
                        if (read.matches(access)) {
                            events.add(SimpleConditionEvent.violated(access,
                                    access.getDescription() + " reads the wall clock (" + read + ")"));
                        }
                    }
                }
            }
        };
    }

    /** Slices per aggregate: two package levels below the root, three below {@code root.adapters}; above that, none. */
    static final class AggregateSlices implements SliceAssignment {
        private final String root;

        AggregateSlices(String root) {
            this.root = root;
        }

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (!pkg.startsWith(root + ".")) {
                return SliceIdentifier.ignore();
            }
            String[] parts = pkg.substring(root.length() + 1).split("\\.");
            int depth = "adapters".equals(parts[0]) ? 3 : 2;
            if (parts.length < depth) {
                return SliceIdentifier.ignore(); // a module's root package: assembly, not an aggregate
            }
            return SliceIdentifier.of(String.join(".", Arrays.asList(parts).subList(0, depth)));
        }

        @Override
        public String getDescription() {
            return "slices per aggregate under " + root;
        }
    }

}
