package io.tradekit.adapters.inmemory.tape;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * One market's prints (the array for prints in order, the skip list for the rest) read like one ordered map: checked
 * against a TreeMap over random tapes that are mostly in order, with prints out of order, removals at the front, the
 * end and in the middle, and reads after random positions with random limits.
 */
class MarketPrintsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final ConditionId MARKET = ConditionId.of("m");

    private static MarketTrade print(int id, long millis) {
        return new MarketTrade(MarketTradeId.of(String.format("t%06d", id)), MARKET, TokenId.of("yes"),
                Price.of("0.5"), Quantity.of("1"), Side.BUY, T0.plusMillis(millis));
    }

    @Test
    void readsLikeOneOrderedMapWhateverTheOrderOfArrival() {
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 40; round++) {
            MarketPrints market = new MarketPrints();
            TreeMap<WatermarkPosition, MarketTrade> model = new TreeMap<>();
            List<MarketTrade> held = new ArrayList<>();
            int outOfOrderOneIn = 2 + random.nextInt(30);
            for (int i = 0; i < 600; i++) {
                int op = random.nextInt(20);
                if (op == 0 && !held.isEmpty()) {
                    // removal: the front, the end, or anywhere
                    int which = random.nextInt(3);
                    MarketTrade gone = which == 0 ? model.firstEntry().getValue()
                            : which == 1 ? model.lastEntry().getValue() : held.get(random.nextInt(held.size()));
                    assertThat(market.remove(gone)).isTrue();
                    assertThat(market.remove(gone)).isFalse();
                    model.remove(gone.position());
                    held.remove(gone);
                    continue;
                }
                // in order; a little out of order (a feed's delay: among the last prints); or anywhere before
                long millis = random.nextInt(outOfOrderOneIn) != 0 ? i * 10L
                        : random.nextBoolean() ? Math.max(0, i * 10L - random.nextInt(500))
                        : random.nextLong(i * 10L + 1);
                MarketTrade p = print(i, millis); // ids are unique; times may repeat (the id breaks the tie)
                market.add(p);
                model.put(p.position(), p);
                held.add(p);
                if (random.nextInt(10) == 0) {
                    checkReads(market, model, random);
                }
            }
            checkReads(market, model, random);
            List<MarketTrade> walked = new ArrayList<>();
            market.iterator(Optional.empty()).forEachRemaining(walked::add);
            assertThat(walked).containsExactlyElementsOf(model.values());
        }
    }

    private static void checkReads(MarketPrints market, TreeMap<WatermarkPosition, MarketTrade> model,
            SplittableRandom random) {
        int limit = 1 + random.nextInt(50);
        assertThat(market.after(null, limit)).containsExactlyElementsOf(model.values().stream().limit(limit).toList());
        for (int k = 0; k < 5; k++) {
            WatermarkPosition from = new WatermarkPosition(T0.plusMillis(random.nextLong(7000)),
                    String.format("t%06d", random.nextInt(700)));
            assertThat(market.after(from, limit)).as("after %s limit %d", from, limit)
                    .containsExactlyElementsOf(model.tailMap(from, false).values().stream().limit(limit).toList());
            Iterator<MarketTrade> it = market.iterator(Optional.of(from));
            List<MarketTrade> all = new ArrayList<>();
            it.forEachRemaining(all::add);
            assertThat(all).containsExactlyElementsOf(model.tailMap(from, false).values());
        }
        assertThat(market.lastTimestamp())
                .isEqualTo(model.isEmpty() ? null : model.lastEntry().getValue().timestamp());
    }
}
