package io.tradekit.application.tape;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.application.testsupport.InMemoryStores;
import io.tradekit.application.testsupport.TestIds;
import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints the throughput of ingest and tape processing on the in-memory store. Run with
 * {@code ./mvnw -B -q -pl application -am test -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=ProcessTapeBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class ProcessTapeBenchmark {
    private static final int MARKETS = 20;
    private static final int PRINTS_PER_MARKET = 25_000;

    @Test
    void ingestAndProcessHalfAMillionPrints() {
        Instant now = Instant.parse("2026-03-01T12:00:00Z");
        TestIds ids = new TestIds();
        StoreUnderTest store = InMemoryStores.fresh();
        List<MarketTrade> tape = new ArrayList<>(MARKETS * PRINTS_PER_MARKET);
        for (int m = 0; m < MARKETS; m++) {
            ConditionId market = ids.condition("m" + m);
            TokenId yes = ids.token("y" + m);
            TokenId no = ids.token("n" + m);
            for (int i = 0; i < PRINTS_PER_MARKET; i++) {
                String price = i == PRINTS_PER_MARKET - 7 ? "0.97" : "0.5" + (i % 10);
                tape.add(ids.print(String.format("m%02d-%07d", m, i), market, i % 2 == 0 ? yes : no, price,
                        now.minusMillis(PRINTS_PER_MARKET - i)));
            }
        }
        IngestPrints ingest = new IngestPrints(store.marketTrades(), store.unitOfWork());
        long t0 = System.nanoTime();
        for (int from = 0; from < tape.size(); from += 10_000) {
            ingest.ingest(IngestPrintsCommand.of(tape.subList(from, Math.min(tape.size(), from + 10_000))));
        }
        long t1 = System.nanoTime();
        ProcessTape processTape = new ProcessTape(store.marketTrades(), store.triggers(), store.watermarks(),
                store.unitOfWork(), Clock.fixed(now, ZoneOffset.UTC));
        ProcessTapeResult result = processTape.process(
                ProcessTapeCommand.of(AccountId.of("bench"), ids.consumer("c"), Set.of(Price.of("0.95"))));
        long t2 = System.nanoTime();

        assertThat(result.printsRead()).isEqualTo(tape.size());
        assertThat(result.triggerCount()).isEqualTo(MARKETS);
        System.out.printf("ingest: %,d prints in %.2f s = %,.0f prints/s%n", tape.size(), (t1 - t0) / 1e9,
                tape.size() / ((t1 - t0) / 1e9));
        System.out.printf("process (batch 1000): %,d prints in %.2f s = %,.0f prints/s%n", result.printsRead(),
                (t2 - t1) / 1e9, result.printsRead() / ((t2 - t1) / 1e9));
    }
}
