package io.tradekit.adapters.postgres.tape;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.tape.TapeRetention.RetentionBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retention on PostgreSQL does not block ingest: a batch's locks are the old rows it deletes, nothing more. */
class PostgresTapeRetentionAdapterTest {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private static MarketTrade print(String id, Instant at) {
        return new MarketTrade(MarketTradeId.of(id), ConditionId.of("c-ret"), TokenId.of("t-ret"), Price.of("0.5"),
                Quantity.of("1"), Side.BUY, at);
    }

    @Test
    void ingestGoesOnWhileABatchHoldsItsLocks() throws Exception {
        Instant old = Instant.parse("2020-01-01T00:00:00Z");
        List<MarketTrade> olds = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            olds.add(print("old-" + i, old.plusSeconds(i)));
        }
        db.store().marketTrades().insertAllIfAbsent(olds);
        CountDownLatch removedInOpenTransaction = new CountDownLatch(1);
        CountDownLatch ingested = new CountDownLatch(1);

        CompletableFuture<RetentionBatch> retention = CompletableFuture.supplyAsync(() ->
                db.store().unitOfWork().inTransaction(() -> {
                    RetentionBatch batch = db.store().tapeRetention().removeBatch(Instant.parse("2021-01-01T00:00:00Z"),
                            Optional.empty(), 50);
                    removedInOpenTransaction.countDown();
                    try {
                        // keep the transaction (and its row locks) open until ingest is done
                        assertThat(ingested.await(30, TimeUnit.SECONDS)).isTrue();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return batch;
                }));
        assertThat(removedInOpenTransaction.await(30, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        assertThat(db.store().marketTrades().insertIfAbsent(print("new-1", Instant.parse("2026-01-01T00:00:00Z"))))
                .isTrue();
        assertThat(db.store().marketTrades().insertAllIfAbsent(List.of(print("new-2", Instant.parse("2026-01-01T00:00:01Z")),
                print("new-3", Instant.parse("2026-01-01T00:00:02Z"))))).isEqualTo(2);
        long millis = (System.nanoTime() - start) / 1_000_000;
        ingested.countDown();

        RetentionBatch batch = retention.get(60, TimeUnit.SECONDS);
        assertThat(batch.examined()).isEqualTo(50);
        assertThat(batch.removed()).isEqualTo(50);
        assertThat(millis).as("ingest was not held up by the open retention transaction").isLessThan(10_000);
        assertThat(db.store().marketTrades().findById(MarketTradeId.of("old-0"))).isEmpty();
        assertThat(db.store().marketTrades().findById(MarketTradeId.of("new-3"))).isPresent();
    }
}
