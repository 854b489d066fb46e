package io.tradekit.adapters.postgres.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.adapters.postgres.PostgresTestServer;
import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Orders;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same fill from two bot processes at once (a websocket consumer and a REST poller, each its own JVM)
 * is booked once on PostgreSQL: child JVMs started with this test's class path, released together by a file.
 */
class RecordFillTwoProcessesTest {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    @Test
    void twoProcessesRecordingTheSameFillBookItOnce() throws Exception {
        AccountId account = Ids.account();
        Order order = Orders.order(account).build().submit(Instant.parse("2026-03-01T12:00:00Z"));
        db.store().orders().insertIfAbsent(order);
        FillId fill = Orders.fillId();
        Path go = Files.createTempDirectory("tradekit-go").resolve("go");
        PostgresTestServer server = db.server();
        List<Process> children = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), FillWriterProcess.class.getName(),
                        server.jdbcUrl(), server.user(), server.password() == null ? "" : server.password(),
                        db.store().schema(), account.value(), order.clientOrderId().value(), fill.value(),
                        go.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                children.add(p);
                outputs.add(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
            }
            for (BufferedReader out : outputs) {
                assertThat(nextLine(out)).isEqualTo("ready");
            }
            Files.createFile(go);
            List<String> results = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                results.add(nextLine(outputs.get(i)));
                assertThat(children.get(i).waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(children.get(i).exitValue()).isZero();
            }
            assertThat(results).containsExactlyInAnyOrder("recorded=true", "recorded=false");
        } finally {
            children.forEach(Process::destroyForcibly);
        }
        assertThat(db.store().orders().fillsOf(account, order.clientOrderId())).hasSize(1);
        assertThat(db.store().orders().findByClientId(account, order.clientOrderId()).orElseThrow().filledQuantity())
                .isEqualTo(Quantity.of("4"));
        assertThat(db.store().positions().findOpenByToken(account, order.tokenId()).orElseThrow().size())
                .isEqualTo(Quantity.of("4"));
    }

    private static String nextLine(BufferedReader out) throws Exception {
        String line;
        do {
            line = out.readLine();
        } while (line != null && !line.equals("ready") && !line.startsWith("recorded="));
        return line;
    }
}
