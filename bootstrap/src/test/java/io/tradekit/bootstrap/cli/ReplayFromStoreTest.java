package io.tradekit.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradekit.adapters.postgres.PostgresTestServer;
import io.tradekit.bootstrap.sample.SampleGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tradekit replay --from-store}: the tape already stored, replayed through the same engine. A file replayed on
 * PostgreSQL, then the store's tape replayed under a fresh account, give the same report except {@code prints_new}
 * (0: nothing ingested) and the run's tape line. The file's prints are received at their timestamp and lie in
 * (timestamp, trade id) order, which is how the store replays them (it keeps no received time).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayFromStoreTest {
    private final PostgresTestServer server = PostgresTestServer.get();
    private String schema;
    @TempDir
    static Path dir;
    private Path tape;
    private Path resolutions;
    private JsonNode fileReport;

    @BeforeAll
    void replayAFileOnPostgres() throws IOException {
        StringWriter generated = new StringWriter();
        resolutions = dir.resolve("resolutions.csv");
        try (var r = Files.newBufferedWriter(resolutions, StandardCharsets.UTF_8)) {
            SampleGenerator.generate(new SampleGenerator.Spec(6, 1_200, 5), generated, r);
        }
        // received at the timestamp: drop the received_at column
        StringBuilder atTimestamp = new StringBuilder();
        for (String line : generated.toString().split("\n")) {
            atTimestamp.append(line, 0, line.lastIndexOf(',')).append('\n');
        }
        tape = Files.writeString(dir.resolve("tape.csv"), atTimestamp);
        schema = server.freshSchema(ReplayFromStoreTest.class);

        Cli.Result file = Cli.run(args("from-file", dir.resolve("file.json"), "--tape", tape.toString()));
        assertThat(file.exitCode()).as(file.err()).isZero();
        fileReport = ReplayEndToEndTest.json(dir.resolve("file.json"));
        assertThat(fileReport.get("entries").asLong()).as("the tape trades").isPositive();
        assertThat(fileReport.get("closed").asLong()).as("and settles").isPositive();
    }

    @AfterAll
    void dropSchema() {
        server.dropSchema(schema);
    }

    @Test
    void theStoredTapeReportsLikeTheFileItCameFrom() throws IOException {
        Path json = dir.resolve("store.json");

        Cli.Result stored = Cli.run(args("from-store", json, "--from-store"));

        assertThat(stored.exitCode()).as(stored.err()).isZero();
        JsonNode report = ReplayEndToEndTest.json(json);
        assertThat(report.get("prints_new").asLong()).isZero();
        assertThat(report.at("/run/tape").asText()).isEqualTo("the postgres store's tape [the start, the end), "
                + "every market");
        assertThat(withoutRunDescription(report)).isEqualTo(withoutRunDescription(fileReport));
        assertThat(stored.out()).contains("tradekit replay of the postgres store's tape");
    }

    @Test
    void aWindowAndMarketsReplayOnlyTheirPrints() throws IOException {
        List<String> rows = Files.readAllLines(tape).subList(1, 1_201);
        String market = rows.get(0).split(",")[1];
        Instant from = Instant.parse(rows.get(300).split(",")[6]);
        Instant to = Instant.parse(rows.get(900).split(",")[6]);
        long expected = rows.stream().map(r -> r.split(",")).filter(c -> c[1].equals(market))
                .map(c -> Instant.parse(c[6])).filter(t -> !t.isBefore(from) && t.isBefore(to)).count();
        Path json = dir.resolve("window.json");

        Cli.Result stored = Cli.run(args("window", json, "--from-store", "--from", from.toString(), "--to",
                to.toString(), "--markets", market));

        assertThat(stored.exitCode()).as(stored.err()).isZero();
        assertThat(expected).isPositive();
        assertThat(ReplayEndToEndTest.json(json).get("prints").asLong()).isEqualTo(expected);
        assertThat(ReplayEndToEndTest.json(json).at("/run/tape").asText()).isEqualTo("the postgres store's tape ["
                + from + ", " + to + "), " + market);
    }

    @Test
    void aResolutionWhoseWinnerNeverPrintedInTheWindowIsRefusedAtItsLine() throws IOException {
        List<String> rows = Files.readAllLines(resolutions);
        String[] first = rows.get(1).split(",");
        Path typo = Files.writeString(dir.resolve("typo.csv"), rows.get(0) + "\n" + first[0] + ",nosuchtoken,"
                + first[2] + "\n");

        Cli.Result stored = Cli.run(withResolutions(args("typo", dir.resolve("typo.json"), "--from-store"), typo));

        assertThat(stored.exitCode()).isEqualTo(2);
        assertThat(stored.err()).startsWith(typo + ":2: winning_token_id: 'nosuchtoken' never printed in market '"
                + first[0] + "'").contains("nothing was written");
        assertThat(Files.exists(dir.resolve("typo.json"))).isFalse();
    }

    @Test
    void optionsThatDoNotFitAreRefusedNamingTheOption() {
        String[] postgres = {"--store", "postgres", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/x", "--db-user", "u"};
        assertRefused("--from-store: replays the store's tape; leave out --tape", concat(postgres, "replay",
                "--from-store", "--tape", "t.csv"));
        assertRefused("--from-store: replays the store's tape; leave out --sample", concat(postgres, "replay",
                "--from-store", "--sample"));
        assertRefused("--from-store: needs --store postgres", new String[] {"replay", "--from-store"});
        assertRefused("--from: selects part of the store's tape: only with --from-store", concat(postgres, "replay",
                "--sample", "--from", "2026-03-01T00:00:00Z"));
        assertRefused("--markets: selects part of the store's tape: only with --from-store", concat(postgres,
                "replay", "--sample", "--markets", "c1"));
        assertRefused("--from: not an ISO-8601 instant like 2026-03-01T12:00:00Z: 'yesterday'", concat(postgres,
                "replay", "--from-store", "--from", "yesterday"));
        assertRefused("--to: the window ends (2026-03-01T00:00:00Z) at or before it starts (2026-03-02T00:00:00Z)",
                concat(postgres, "replay", "--from-store", "--from", "2026-03-02T00:00:00Z", "--to",
                        "2026-03-01T00:00:00Z"));
        assertRefused("--markets: an empty condition id in 'c1,,c2'", concat(postgres, "replay", "--from-store",
                "--markets", "c1,,c2"));
        assertRefused("--markets: ", concat(postgres, "replay", "--from-store", "--markets", "c 1"));
    }

    private static void assertRefused(String message, String[] args) {
        Cli.Result result = Cli.run(args);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(message);
    }

    private static String[] concat(String[] tail, String... head) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }

    private String[] args(String account, Path json, String... source) {
        List<String> args = new ArrayList<>(List.of("replay"));
        args.addAll(List.of(source));
        args.addAll(List.of("--resolutions", resolutions.toString(), "--fee-bps", "20", "--store", "postgres",
                "--jdbc-url", server.jdbcUrl(), "--db-user", server.user(), "--db-schema", schema, "--account",
                account, "--json", json.toString()));
        if (server.password() != null) {
            args.addAll(List.of("--db-password", server.password()));
        }
        return args.toArray(String[]::new);
    }

    private static String[] withResolutions(String[] args, Path file) {
        List<String> list = new ArrayList<>(List.of(args));
        list.set(list.indexOf("--resolutions") + 1, file.toString());
        return list.toArray(String[]::new);
    }

    /**
     * The report without prints_new and the run's tape line (the two things a replay of the store changes) and the
     * account (fresh for the second run).
     */
    private static String withoutRunDescription(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("prints_new");
        ((ObjectNode) copy.get("run")).remove("tape");
        ((ObjectNode) copy.get("run")).remove("account");
        return copy.toPrettyString();
    }
}
