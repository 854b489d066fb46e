package io.tradekit.adapters.inmemory;

import io.tradekit.domain.position.Position;
import io.tradekit.domain.risk.RiskSnapshotRequest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import io.tradekit.domain.testdata.Positions;
import io.tradekit.domain.testdata.Prints;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints throughput figures of the in-memory store for backtests; asserts nothing about time.
 * Run: {@code ./mvnw -B -q -pl adapters-inmemory -am test -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=InMemoryStoreBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class InMemoryStoreBenchmark {
    @Test
    void tapeIngestAndPagingAndRiskChecks() {
        InMemoryStore store = new InMemoryStore();
        int markets = 100;
        int printsPerMarket = 5_000;
        List<ConditionId> conditions = new ArrayList<>();
        List<MarketTrade> prints = new ArrayList<>(markets * printsPerMarket);
        for (int m = 0; m < markets; m++) {
            ConditionId c = Ids.condition();
            TokenId t = Ids.token();
            conditions.add(c);
            for (int i = 0; i < printsPerMarket; i++) {
                prints.add(Prints.print().id(c.value() + "-" + i).condition(c).token(t).price("0.5")
                        .at(Instants.T0.plusMillis(i / 3)).build());
            }
        }
        long start = System.nanoTime();
        int inserted = 0;
        for (int from = 0; from < prints.size(); from += 1_000) {
            inserted += store.marketTrades().insertAllIfAbsent(prints.subList(from, Math.min(prints.size(), from + 1_000)));
        }
        report("ingest", inserted, start);

        start = System.nanoTime();
        int read = 0;
        for (ConditionId c : conditions) {
            Optional<WatermarkPosition> after = Optional.empty();
            while (true) {
                List<MarketTrade> page = store.marketTrades().findAfter(c, after, 500);
                if (page.isEmpty()) {
                    break;
                }
                read += page.size();
                after = Optional.of(page.get(page.size() - 1).position());
            }
        }
        report("findAfter paging", read, start);

        AccountId account = Ids.account();
        for (int i = 0; i < 20_000; i++) {
            store.positions().insert(Positions.closed(account, Ids.condition(), Ids.token(), i % 3 == 0 ? "-1" : "2",
                    "0.1", Instants.T0.plusSeconds(i)));
        }
        for (int i = 0; i < 20; i++) {
            Position p = store.positions().insert(Positions.open(account).size("10").price("0.5").build());
            store.positions().update(p.markToMarket(Price.of("0.6"), Instants.T0));
        }
        start = System.nanoTime();
        int checks = 100_000;
        Money sink = Money.ZERO;
        for (int i = 0; i < checks; i++) {
            sink = sink.plus(store.riskSnapshots().snapshot(new RiskSnapshotRequest(account,
                    Instants.T0.plusSeconds(19_000), conditions.get(i % markets), null, Ids.token())).capitalAtRisk());
        }
        report("risk snapshots (20k closes, 20 open)", checks, start);
        System.out.println("  (checksum " + sink + ")");
    }

    private static void report(String what, long count, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("%-40s %,10d in %6.3f s = %,12.0f /s%n", what, count, seconds, count / seconds);
    }
}
