package io.tradekit.adapters.postgres.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.risk.RiskSnapshotRequest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.TokenId;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Four OS processes (child JVMs on this test's class path), each a bot recording executions and settling markets
 * for ONE shared account on one PostgreSQL schema at once: the ledger loses no update.
 */
class PostgresLedgerProcessRaceTest {
    private static final int PROCESSES = 4;
    private static final int ITERATIONS = 5;

    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Test
    void fourProcessesBookingToOneAccountLoseNoLedgerUpdate() throws Exception {
        AccountId account = AccountId.of("proc-" + UUID.randomUUID());
        Instant start = Instant.parse("2026-03-02T12:00:00Z");
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<Process> children = new ArrayList<>();
        List<File> logs = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            File log = File.createTempFile("ledger-race-" + p, ".log");
            log.deleteOnExit();
            logs.add(log);
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    LedgerRaceChild.class.getName(), db.server().jdbcUrl(), db.server().user(),
                    db.server().password() == null ? "" : db.server().password(), db.store().schema(), account.value(),
                    Integer.toString(p), Integer.toString(ITERATIONS), Long.toString(start.getEpochSecond()));
            pb.redirectErrorStream(true).redirectOutput(log);
            children.add(pb.start());
        }
        for (int p = 0; p < PROCESSES; p++) {
            Process child = children.get(p);
            boolean done = child.waitFor(300, TimeUnit.SECONDS);
            String output = Files.readString(logs.get(p).toPath(), StandardCharsets.UTF_8);
            if (!done) {
                child.destroyForcibly();
            }
            assertThat(done).as("process %d finished: %s", p, output).isTrue();
            assertThat(child.exitValue()).as("process %d exit: %s", p, output).isZero();
            System.out.println("ledger race " + output.strip());
        }

        // each iteration: 3 executions (fees 0.03), a close at +1 and a settlement at +5: realized 6, net 5.97
        int n = PROCESSES * ITERATIONS;
        BigDecimal times = BigDecimal.valueOf(n);
        RiskSnapshot s = db.store().riskSnapshots().snapshot(new RiskSnapshotRequest(account,
                Instant.parse("2026-03-02T00:00:00Z"), ConditionId.of("any"), null, TokenId.of("any")));
        assertThat(s.tradesToday()).isEqualTo(3L * n);
        assertThat(s.feesToday()).isEqualTo(Money.of("0.03").times(times));
        assertThat(s.realizedPnlToday()).isEqualTo(Money.of("6").times(times));
        assertThat(s.realizedNetTotal()).isEqualTo(Money.of("5.97").times(times));
        assertThat(s.openPositions()).isZero();
        AccountLedger ledger = db.store().ledgers().find(account, Instant.MIN).orElseThrow();
        assertThat(ledger.closes()).isEqualTo(2L * n);
        assertThat(ledger.entryCount()).isEqualTo(4L * n);
        assertThat(ledger.version()).isEqualTo(4L * n);
        assertThat(ledger.entries()).hasSize(4 * n);
    }
}
