package io.tradekit.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The MyBatis conventions, checked on the mapper XML in the sources: no {@code ${}} string substitution
 * anywhere (SQL injection, and plans that never get reused), one mapper per aggregate at the mirror path of
 * its package-private interface, namespace = interface name, statement ids = method names.
 */
class MapperLintTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path MAPPER_ROOT = RESOURCES.resolve("io/tradekit/adapters/postgres");
    private static final Pattern NAMESPACE = Pattern.compile("<mapper\\s+namespace=\"([^\"]+)\"");
    private static final Pattern STATEMENT = Pattern.compile("<(select|insert|update|delete)\\s+id=\"([^\"]+)\"");

    @Test
    void noMapperUsesStringSubstitution() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path xml : mapperFiles()) {
            List<String> lines = Files.readAllLines(xml, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (usesSubstitution(lines.get(i))) {
                    offenders.add(RESOURCES.relativize(xml) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }

        assertThat(offenders).as("${...} in mapper XML; bind with #{...}").isEmpty();
    }

    @Test
    void theSubstitutionCheckCatchesWhatItLooksFor() {
        assertThat(usesSubstitution("WHERE id = ${id}")).isTrue();
        assertThat(usesSubstitution("ORDER BY ${column}")).isTrue();
        assertThat(usesSubstitution("WHERE id = #{id}")).isFalse();
    }

    @Test
    void oneMapperPerAggregateAtTheMirrorPathOfItsInterface() throws Exception {
        List<Path> files = mapperFiles();
        assertThat(files.stream().map(f -> MAPPER_ROOT.relativize(f).toString().replace('\\', '/')))
                .containsExactlyInAnyOrder("account/TradingStateMapper.xml", "ledger/AccountLedgerMapper.xml",
                        "order/OrderMapper.xml",
                        "position/PositionMapper.xml",
                        "risk/RiskSnapshotMapper.xml", "tape/MarketTradeMapper.xml", "trade/TradeMapper.xml",
                        "trigger/TriggerMapper.xml", "watermark/WatermarkMapper.xml",
                        // the journal (issue 13)
                        "alert/AlertMapper.xml", "audit/AuditTrailMapper.xml", "candidate/CandidateMapper.xml",
                        "decision/DecisionMapper.xml", "limits/RiskLimitSettingsMapper.xml",
                        "snapshot/PerformanceSnapshotMapper.xml");

        for (Path xml : files) {
            String text = Files.readString(xml, StandardCharsets.UTF_8);
            Matcher ns = NAMESPACE.matcher(text);
            assertThat(ns.find()).as(xml + " has a namespace").isTrue();
            String namespace = ns.group(1);
            assertThat(RESOURCES.relativize(xml).toString().replace('\\', '/'))
                    .as("mirror path of " + namespace).isEqualTo(namespace.replace('.', '/') + ".xml");

            Class<?> mapper = Class.forName(namespace);
            assertThat(mapper.isInterface()).as(namespace + " is an interface").isTrue();
            assertThat(Modifier.isPublic(mapper.getModifiers())).as(namespace + " is package-private").isFalse();

            Set<String> statements = new TreeSet<>();
            Matcher st = STATEMENT.matcher(text);
            while (st.find()) {
                statements.add(st.group(2));
            }
            Set<String> methods = Arrays.stream(mapper.getDeclaredMethods()).filter(m -> !m.isSynthetic())
                    .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
            assertThat(statements).as("statement ids of " + xml.getFileName() + " = methods of " + namespace)
                    .isEqualTo(methods);
        }
    }

    @Test
    void theStoreLoadsExactlyTheseMappers() throws IOException {
        // the classpath pattern PostgresStore uses finds the same files the lint read
        try (InputStream in = PostgresStore.class.getClassLoader()
                .getResourceAsStream("io/tradekit/adapters/postgres/position/PositionMapper.xml")) {
            assertThat(in).isNotNull();
        }
        assertThat(PostgresStore.MAPPERS).isEqualTo("classpath*:io/tradekit/adapters/postgres/**/*Mapper.xml");
    }

    private static boolean usesSubstitution(String line) {
        return line.contains("${");
    }

    private static List<Path> mapperFiles() throws IOException {
        try (Stream<Path> all = Files.walk(MAPPER_ROOT)) {
            return all.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }
}
