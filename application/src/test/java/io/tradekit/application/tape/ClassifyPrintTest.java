package io.tradekit.application.tape;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.inmemory.InMemoryStore;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClassifyPrintTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final InMemoryStore STORE = new InMemoryStore();
    private static final ClassifyPrint CLASSIFY = new ClassifyPrint(STORE.watermarks(), Clock.fixed(NOW, ZoneOffset.UTC));

    private static MarketTrade print(String id, Instant at) {
        return new MarketTrade(MarketTradeId.of(id), ConditionId.of("m"), TokenId.of("y"), Price.of("0.9"),
                Quantity.of("1"), Side.BUY, at);
    }

    @Test
    void freshWhenNothingSaysOtherwise() {
        assertThat(CLASSIFY.classify(ClassifyPrintCommand.of(print("b", NOW.minusSeconds(300))))).isEqualTo(PrintClass.FRESH);
    }

    @Test
    void staleOnlyPastTheMaxAge() {
        MarketTrade p = print("b", NOW.minusSeconds(301));
        assertThat(CLASSIFY.classify(ClassifyPrintCommand.of(p))).isEqualTo(PrintClass.STALE);
        assertThat(CLASSIFY.classify(ClassifyPrintCommand.of(p).withMaxAge(Duration.ofSeconds(301))))
                .isEqualTo(PrintClass.FRESH);
    }

    @Test
    void lateWhenNotAfterTheWatermarkByTimeThenTradeId() {
        MarketTrade p = print("b", NOW);
        assertThat(CLASSIFY.classify(ClassifyPrintCommand.of(p).after(new WatermarkPosition(NOW, "b"))))
                .isEqualTo(PrintClass.LATE);
        assertThat(CLASSIFY.classify(ClassifyPrintCommand.of(p).after(new WatermarkPosition(NOW, "c"))))
                .isEqualTo(PrintClass.LATE);
        assertThat(CLASSIFY.classify(ClassifyPrintCommand.of(p).after(new WatermarkPosition(NOW, "a"))))
                .isEqualTo(PrintClass.FRESH);
    }

    @Test
    void againstTheLastPrintReachedAsAgainstItsPosition() {
        MarketTrade p = print("b", NOW);
        for (MarketTrade reached : new MarketTrade[] {print("b", NOW), print("c", NOW), print("a", NOW),
                print("z", NOW.minusNanos(1000)), print("a", NOW.plusNanos(1000)), null}) {
            assertThat(CLASSIFY.classifyAfter(p, reached, null, Duration.ofSeconds(300)))
                    .as("after %s", reached)
                    .isEqualTo(CLASSIFY.classify(p, reached == null ? null : reached.position(), null,
                            Duration.ofSeconds(300)));
        }
        assertThat(CLASSIFY.classifyAfter(p, print("c", NOW), null, Duration.ofSeconds(300))).isEqualTo(PrintClass.LATE);
        assertThat(CLASSIFY.classifyAfter(p, print("a", NOW), null, Duration.ofSeconds(300))).isEqualTo(PrintClass.FRESH);
    }

    @Test
    void afterResolutionFromTheResolutionInstantOn() {
        MarketTrade p = print("b", NOW);
        assertThat(CLASSIFY.classify(ClassifyPrintCommand.of(p).resolvedAt(NOW))).isEqualTo(PrintClass.AFTER_RESOLUTION);
        assertThat(CLASSIFY.classify(ClassifyPrintCommand.of(p).resolvedAt(NOW.plusMillis(1))))
                .isEqualTo(PrintClass.FRESH);
    }

    @Test
    void precedenceIsLateThenResolvedThenStale() {
        MarketTrade old = print("b", NOW.minusSeconds(1000));
        ClassifyPrintCommand all = ClassifyPrintCommand.of(old).resolvedAt(NOW).after(new WatermarkPosition(NOW, "z"));
        assertThat(CLASSIFY.classify(all)).isEqualTo(PrintClass.LATE);
        assertThat(CLASSIFY.classify(ClassifyPrintCommand.of(old).resolvedAt(NOW))).isEqualTo(PrintClass.AFTER_RESOLUTION);
    }

    @Test
    void aLiveBotClassifiesAgainstItsStoredWatermark() {
        AccountId account = AccountId.of("bot");
        ConsumerId consumer = ConsumerId.of("live");
        MarketTrade p = print("b", NOW);
        assertThat(CLASSIFY.classifyForConsumer(account, consumer, p, null, Duration.ofSeconds(300)))
                .isEqualTo(PrintClass.FRESH);
        STORE.watermarks().advance(account, consumer, "m", new WatermarkPosition(NOW, "b"));
        assertThat(CLASSIFY.classifyForConsumer(account, consumer, p, null, Duration.ofSeconds(300)))
                .isEqualTo(PrintClass.LATE);
    }
}
