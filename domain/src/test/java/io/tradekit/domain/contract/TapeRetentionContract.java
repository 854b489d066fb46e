package io.tradekit.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.tape.TapeRetention;
import io.tradekit.domain.tape.TapeRetention.RetentionBatch;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Prints;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.WatermarkPosition;
import io.tradekit.domain.watermark.WatermarkRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TapeRetention} must do: remove prints older than the cutoff in bounded batches, walking the
 * tape in (timestamp, trade id) order, and never a print some consumer's watermark on its market has not passed.
 * The store may hold other tests' prints: assertions are about this test's markets only.
 */
public abstract class TapeRetentionContract {
    protected abstract JournalStoreUnderTest store();

    /** Old enough that no other contract's print sits between these and the cutoff, far from the kit's range ends. */
    private static final Instant OLD = Instant.parse("1990-06-01T00:00:00Z");
    private static final Instant CUTOFF = Instant.parse("1990-07-01T00:00:00Z");

    private TapeRetention retention;
    private MarketTradeRepository tape;
    private WatermarkRepository watermarks;
    private ConditionId market;
    private String prefix;

    @BeforeEach
    void setUpStore() {
        retention = store().tapeRetention();
        tape = store().marketTrades();
        watermarks = store().watermarks();
        market = Ids.condition();
        prefix = Ids.unique("r");
    }

    private MarketTrade print(ConditionId in, String id, Instant at) {
        MarketTrade p = Prints.print().id(prefix + id).condition(in).token(Ids.token()).at(at).build();
        tape.insertIfAbsent(p);
        return p;
    }

    /** Runs batches of {@code limit} until one examines nothing; the largest batch is checked against the limit. */
    private int removeAll(int limit) {
        int removed = 0;
        Optional<WatermarkPosition> after = Optional.empty();
        for (int guard = 0; guard < 100_000; guard++) {
            RetentionBatch batch = retention.removeBatch(CUTOFF, after, limit);
            assertThat(batch.examined()).isLessThanOrEqualTo(limit);
            if (batch.examined() == 0) {
                return removed;
            }
            assertThat(batch.last()).isPresent();
            if (after.isPresent()) {
                assertThat(batch.last().get().isAfter(after.get())).as("batches walk forward").isTrue();
            }
            removed += batch.removed();
            after = batch.last();
        }
        throw new AssertionError("retention did not reach the end of the tape");
    }

    private boolean kept(MarketTrade p) {
        return tape.findById(p.tradeId()).isPresent();
    }

    @Test
    void oldPrintsOfAMarketNobodyWatchesGoAndYoungOnesStay() {
        MarketTrade old1 = print(market, "a", OLD);
        MarketTrade old2 = print(market, "b", OLD.plusSeconds(1));
        MarketTrade young = print(market, "c", CUTOFF);

        assertThat(removeAll(1000)).isGreaterThanOrEqualTo(2);

        assertThat(kept(old1)).isFalse();
        assertThat(kept(old2)).isFalse();
        assertThat(kept(young)).as("a print at the cutoff is not older than it").isTrue();
        assertThat(tape.findAfter(market, Optional.empty(), 10)).containsExactly(young);
    }

    @Test
    void neverAPrintAWatermarkHasNotPassed() {
        MarketTrade a = print(market, "a", OLD);
        MarketTrade b = print(market, "b", OLD.plusSeconds(1));
        MarketTrade c = print(market, "c", OLD.plusSeconds(2));
        watermarks.advance(Ids.account(), Ids.consumer(), market.value(), b.position());

        removeAll(1000);

        assertThat(kept(a)).isFalse();
        assertThat(kept(b)).as("the watermark's own print was processed").isFalse();
        assertThat(kept(c)).as("old, but not yet passed").isTrue();
    }

    @Test
    void theSlowestConsumerOfAnyAccountHoldsThePrintsBack() {
        MarketTrade a = print(market, "a", OLD);
        MarketTrade b = print(market, "b", OLD.plusSeconds(1));
        MarketTrade c = print(market, "c", OLD.plusSeconds(2));
        watermarks.advance(Ids.account(), Ids.consumer(), market.value(), c.position());
        AccountId slow = Ids.account();
        ConsumerId slowConsumer = Ids.consumer();
        watermarks.advance(slow, slowConsumer, market.value(), a.position());

        removeAll(1000);
        assertThat(List.of(kept(a), kept(b), kept(c))).containsExactly(false, true, true);

        watermarks.advance(slow, slowConsumer, market.value(), b.position());
        removeAll(1000);
        assertThat(List.of(kept(b), kept(c))).containsExactly(false, true);
    }

    @Test
    void printsSharingATimestampAreTreatedByTheirId() {
        MarketTrade a = print(market, "a", OLD);
        MarketTrade b = print(market, "b", OLD);
        MarketTrade c = print(market, "c", OLD);
        watermarks.advance(Ids.account(), Ids.consumer(), market.value(), b.position());

        removeAll(1);

        assertThat(List.of(kept(a), kept(b), kept(c))).containsExactly(false, false, true);
    }

    @Test
    void aWatermarkOnAnotherMarketHoldsNothingBackHere() {
        ConditionId other = Ids.condition();
        MarketTrade here = print(market, "a", OLD.plusSeconds(5));
        MarketTrade there = print(other, "b", OLD.plusSeconds(5));
        watermarks.advance(Ids.account(), Ids.consumer(), other.value(), WatermarkPosition.of(OLD, "!"));

        removeAll(1000);

        assertThat(kept(here)).isFalse();
        assertThat(kept(there)).isTrue();
    }

    @Test
    void smallBatchesWalkTheWholeTapeAndRemoveTheSame() {
        List<MarketTrade> prints = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            prints.add(print(i % 2 == 0 ? market : Ids.condition(), "p" + i, OLD.plusSeconds(i / 3)));
        }
        MarketTrade held = print(market, "q", OLD.plusSeconds(10));
        watermarks.advance(Ids.account(), Ids.consumer(), market.value(), prints.get(6).position());

        removeAll(2);

        assertThat(prints).noneMatch(this::kept);
        assertThat(kept(held)).isTrue();
    }

    @Test
    void aBatchNeverExaminesMoreThanItsLimit() {
        for (int i = 0; i < 5; i++) {
            print(market, "p" + i, OLD.plusSeconds(i));
        }
        RetentionBatch first = retention.removeBatch(CUTOFF, Optional.empty(), 3);
        assertThat(first.examined()).isEqualTo(3);
        assertThat(first.removed()).isLessThanOrEqualTo(3);
        assertThatThrownBy(() -> retention.removeBatch(CUTOFF, Optional.empty(), 0))
                .hasMessageContaining("limit");
    }

    @Test
    void aRemovalInAFailedUnitOfWorkIsTakenBack() {
        MarketTrade a = print(market, "a", OLD);
        assertThatThrownBy(() -> store().unitOfWork().run(() -> {
            removeAll(1000);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(kept(a)).isTrue();
        assertThat(tape.findAfter(market, Optional.empty(), 10)).containsExactly(a);
    }
}
