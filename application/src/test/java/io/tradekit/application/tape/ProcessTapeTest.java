package io.tradekit.application.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.testsupport.InMemoryStores;
import io.tradekit.application.testsupport.MutableClock;
import io.tradekit.application.testsupport.TestIds;
import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.IngestResult;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.trigger.Trigger;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.Watermark;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.Quantity;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Processing over a fresh in-memory store per test. Without explicit conditions a run visits every market of
 * the whole tape traded within the max age, so these tests need a tape of their own and stay off shared stores;
 * {@link TapeProcessingCrashContract} runs processing (scoped to its own markets) on every adapter.
 */
class ProcessTapeTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Price P90 = Price.of("0.90");
    private static final Price P95 = Price.of("0.95");

    private final TestIds ids = new TestIds();
    private final StoreUnderTest store = InMemoryStores.fresh();
    private final MutableClock clock = new MutableClock(NOW);
    private final ProcessTape processTape = new ProcessTape(store.marketTrades(), store.triggers(), store.watermarks(),
            store.unitOfWork(), clock);
    private final AccountId account = ids.account("bot");
    private final ConsumerId consumer = ids.consumer("entries");
    private final ConditionId market = ids.condition("m");
    private final TokenId yes = ids.token("yes");
    private final TokenId no = ids.token("no");

    private void ingest(MarketTrade... prints) {
        new IngestPrints(store.marketTrades(), store.unitOfWork()).ingest(IngestPrintsCommand.of(List.of(prints)));
    }

    private MarketTrade print(String id, TokenId token, String price, long secondsAgo) {
        return ids.print(id, market, token, price, NOW.minusSeconds(secondsAgo));
    }

    private ProcessTapeCommand command(Price... thresholds) {
        return ProcessTapeCommand.of(account, consumer, Set.of(thresholds));
    }

    private Optional<WatermarkPosition> watermark(ConsumerId who, ConditionId of) {
        return store.watermarks().find(account, who, of.value()).map(Watermark::position);
    }

    private static List<String> firedBy(ProcessTapeResult result) {
        return result.triggersFired().stream()
                .map(t -> t.marketTradeId().value().replaceAll(".*-", "") + "@" + t.threshold()).toList();
    }

    @Nested
    class FirstHits {
        @Test
        void theFirstPrintAtOrAboveTheThresholdFiresAndLaterOnesDoNot() {
            ingest(print("p1", yes, "0.94", 60), print("p2", yes, "0.95", 50), print("p3", yes, "0.97", 40));

            ProcessTapeResult result = processTape.process(command(P95));

            assertThat(firedBy(result)).containsExactly("p2@0.95000000");
            Trigger trigger = result.triggersFired().get(0);
            assertThat(trigger).isEqualTo(new Trigger(account, market, yes, P95, Price.of("0.95"), ids.print("p2"),
                    NOW.minusSeconds(50), NOW));
            assertThat(store.triggers().findByAccount(account)).containsExactly(trigger);
        }

        @Test
        void onePrintFiresEveryThresholdItReaches() {
            ingest(print("p1", yes, "0.96", 10));

            ProcessTapeResult result = processTape.process(command(P95, P90, Price.of("0.97")));

            assertThat(firedBy(result)).containsExactly("p1@0.90000000", "p1@0.95000000");
        }

        @Test
        void theOtherTokenOfAMarketDoesNotFireTheSameThresholdAgain() {
            ingest(print("p1", yes, "0.96", 20), print("p2", no, "0.96", 10));

            assertThat(firedBy(processTape.process(command(P95)))).containsExactly("p1@0.95000000");
            assertThat(store.triggers().findByToken(account, no, P95)).isEmpty();
        }

        @Test
        void theSameTokenInAnotherMarketDoesNotFireTheSameThresholdAgain() {
            ConditionId other = ids.condition("other");
            ingest(print("p1", yes, "0.96", 20), ids.print("q1", other, yes, "0.96", NOW.minusSeconds(10)));

            ProcessTapeResult result = processTape.process(command(P95));

            assertThat(firedBy(result)).containsExactly("p1@0.95000000");
            assertThat(store.triggers().findByCondition(account, other, P95)).isEmpty();
            assertThat(watermark(consumer, other)).as("the print was processed, it just did not fire")
                    .contains(ids.print("q1", other, yes, "0.96", NOW.minusSeconds(10)).position());
        }

        @Test
        void triggersBelongToTheAccount() {
            ingest(print("p1", yes, "0.96", 20));
            AccountId otherAccount = ids.account("other-bot");

            processTape.process(command(P95));
            ProcessTapeResult forOther = processTape.process(
                    ProcessTapeCommand.of(otherAccount, consumer, Set.of(P95)));

            assertThat(firedBy(forOther)).containsExactly("p1@0.95000000");
            assertThat(store.triggers().findByAccount(otherAccount)).hasSize(1);
            assertThat(store.triggers().findByAccount(account)).hasSize(1);
        }
    }

    @Nested
    class Staleness {
        @Test
        void aPrintOlderThanTheMaxAgeNeverFiresButIsPassed() {
            ingest(print("old", yes, "0.99", 301), print("fresh", yes, "0.96", 299));

            ProcessTapeResult result = processTape.process(command(P95).withConditions(Set.of(market)));

            assertThat(firedBy(result)).containsExactly("fresh@0.95000000");
            assertThat(result.printsRead()).isEqualTo(2);
            assertThat(result.staleSkipped()).isEqualTo(1);
        }

        @Test
        void exactlyTheMaxAgeIsStillFreshAndOneMicrosecondMoreIsStale() {
            ingest(ids.print("edge", market, yes, "0.96", NOW.minusSeconds(300)),
                    ids.print("over", market, no, "0.97", NOW.minusSeconds(300).minusNanos(1000)));

            ProcessTapeResult result = processTape.process(command(P95).withConditions(Set.of(market)));

            assertThat(firedBy(result)).containsExactly("edge@0.95000000");
            assertThat(result.staleSkipped()).isEqualTo(1);
        }

        @Test
        void theMaxAgeIsConfigurableAndJudgedAgainstTheInjectedClock() {
            ingest(print("p1", yes, "0.96", 100));
            clock.set(NOW.plusSeconds(500)); // the print is now 600 s old

            ProcessTapeResult strict = processTape.process(command(P95).withMaxAge(Duration.ofSeconds(60))
                    .withConditions(Set.of(market)));

            assertThat(strict.staleSkipped()).isEqualTo(1);
            assertThat(strict.triggersFired()).isEmpty();
        }

        @Test
        void aStalePrintStaysBehindTheWatermarkSoALaterRunNeverFiresIt() {
            ingest(print("old", yes, "0.99", 400));
            processTape.process(command(P95).withConditions(Set.of(market)));

            ProcessTapeResult lenient = processTape.process(command(P95).withMaxAge(Duration.ofHours(1))
                    .withConditions(Set.of(market)));

            assertThat(lenient.printsRead()).isZero();
            assertThat(store.triggers().findByAccount(account)).isEmpty();
        }
    }

    @Nested
    class Watermarks {
        @Test
        void advanceToTheLastPrintProcessedAndARerunReadsNothing() {
            ingest(print("p1", yes, "0.50", 30), print("p2", yes, "0.96", 20));

            ProcessTapeResult first = processTape.process(command(P95));
            ProcessTapeResult again = processTape.process(command(P95));

            WatermarkPosition last = print("p2", yes, "0.96", 20).position();
            assertThat(watermark(consumer, market)).contains(last);
            assertThat(first.advancedTo()).containsEntry(market, last);
            assertThat(again.printsRead()).isZero();
            assertThat(again.triggersFired()).isEmpty();
            assertThat(again.advancedTo()).isEmpty();
        }

        @Test
        void printsSharingATimestampAreOrderedByIdSoNoneIsSkippedOrRepeated() {
            Instant t = NOW.minusSeconds(10);
            ingest(ids.print("b", market, yes, "0.50", t));
            processTape.process(command(P95));

            // two more prints at the same timestamp: "c" sorts after the watermark, "a" before it
            ingest(ids.print("a", market, yes, "0.99", t), ids.print("c", market, no, "0.96", t));
            ProcessTapeResult result = processTape.process(command(P95));

            assertThat(result.printsRead()).isEqualTo(1);
            assertThat(firedBy(result)).containsExactly("c@0.95000000");
            assertThat(watermark(consumer, market)).contains(WatermarkPosition.of(t, ids.name("c")));
        }

        @Test
        void throughAPositionLeavesTheLaterPrintsForALaterCall() {
            // a replay on a store whose tape already holds prints it has not reached yet
            ingest(print("p1", yes, "0.50", 30), print("p2", yes, "0.60", 20), print("p3", yes, "0.99", 10),
                    print("p4", no, "0.97", 5));
            WatermarkPosition p2 = print("p2", yes, "0.60", 20).position();

            // pages of one: the second page ends exactly at the bound, the third read must stop there
            ProcessTapeResult upToP2 = processTape.process(command(P95).withBatchSize(1).through(p2));

            assertThat(upToP2.printsRead()).isEqualTo(2);
            assertThat(upToP2.triggersFired()).isEmpty();
            assertThat(watermark(consumer, market)).contains(p2);
            assertThat(upToP2.advancedTo()).containsEntry(market, p2);

            ProcessTapeResult rest = processTape.process(command(P95));
            assertThat(firedBy(rest)).containsExactly("p3@0.95000000");
        }

        @Test
        void consumersKeepSeparateWatermarks() {
            ConsumerId exits = ids.consumer("exits");
            ingest(print("p1", yes, "0.50", 30), print("p2", yes, "0.60", 20));
            processTape.process(command(P95));
            ingest(print("p3", yes, "0.70", 10));

            ProcessTapeResult second = processTape.process(ProcessTapeCommand.of(account, exits, Set.of(P95)));
            ProcessTapeResult first = processTape.process(command(P95));

            assertThat(second.printsRead()).as("the new consumer starts from the beginning").isEqualTo(3);
            assertThat(first.printsRead()).as("the first consumer only reads what is new to it").isEqualTo(1);
            assertThat(watermark(exits, market)).isEqualTo(watermark(consumer, market));
        }

        @Test
        void readsAMarketPageByPageNeverMoreThanTheBatchSize() {
            List<MarketTrade> prints = new ArrayList<>();
            for (int i = 0; i < 23; i++) {
                prints.add(print(String.format("p%02d", i), i % 2 == 0 ? yes : no, i == 17 ? "0.95" : "0.50", 100 - i));
            }
            ingest(prints.toArray(MarketTrade[]::new));
            List<Integer> pageSizes = new ArrayList<>();
            ProcessTape paged = new ProcessTape(recordingPages(store.marketTrades(), pageSizes), store.triggers(),
                    store.watermarks(), store.unitOfWork(), clock);

            ProcessTapeResult result = paged.process(command(P95).withBatchSize(5));

            assertThat(pageSizes).containsExactly(5, 5, 5, 5, 3);
            assertThat(result.printsRead()).isEqualTo(23);
            assertThat(firedBy(result)).containsExactly("p17@0.95000000");
            assertThat(watermark(consumer, market)).contains(prints.get(22).position());
        }
    }

    @Nested
    class Markets {
        @Test
        void byDefaultVisitsTheMarketsWithAPrintWithinTheMaxAge() {
            ConditionId quiet = ids.condition("quiet");
            ingest(print("p1", yes, "0.96", 10), ids.print("q1", quiet, ids.token("q"), "0.99", NOW.minusSeconds(900)));

            ProcessTapeResult result = processTape.process(command(P95));

            assertThat(result.marketsVisited()).isEqualTo(1);
            assertThat(firedBy(result)).containsExactly("p1@0.95000000");
            assertThat(watermark(consumer, quiet)).as("a market with only stale prints is not visited").isEmpty();
        }

        @Test
        void explicitConditionsLimitTheRunToThoseMarkets() {
            ConditionId other = ids.condition("other");
            ingest(print("p1", yes, "0.96", 10), ids.print("q1", other, ids.token("q"), "0.99", NOW.minusSeconds(5)));

            ProcessTapeResult result = processTape.process(command(P95).withConditions(Set.of(other)));

            assertThat(firedBy(result)).containsExactly("q1@0.95000000");
            assertThat(watermark(consumer, market)).isEmpty();
        }
    }

    @Nested
    class Commands {
        @Test
        void haveDefaults() {
            ProcessTapeCommand command = command(P95);

            assertThat(command.maxAge()).isEqualTo(Duration.ofSeconds(300));
            assertThat(command.batchSize()).isEqualTo(1000);
            assertThat(command.conditions()).isEmpty();
            assertThat(command.through()).isEmpty();
        }

        @Test
        void rejectBadInputNamingTheField() {
            assertField(() -> ProcessTapeCommand.of(null, consumer, Set.of(P95)), "accountId");
            assertField(() -> ProcessTapeCommand.of(account, null, Set.of(P95)), "consumerId");
            assertField(() -> ProcessTapeCommand.of(account, consumer, Set.of()), "thresholds");
            assertField(() -> command(P95).withMaxAge(Duration.ofSeconds(-1)), "maxAge");
            assertField(() -> command(P95).withBatchSize(0), "batchSize");
            assertField(() -> command(P95).withBatchSize(ProcessTapeCommand.MAX_BATCH_SIZE + 1), "batchSize");
            assertField(() -> command(P95).withConditions(null), "conditions");
            assertField(() -> command(P95).through(null), "through");
        }

        private void assertField(Runnable build, String field) {
            assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidValueException.class,
                    e -> assertThat(e.field()).isEqualTo(field));
        }
    }

    /** The real repository, noting the size of every page it hands out. */
    @Nested
    class CanFire {
        @Test
        void aFreshPrintAtAThresholdWithNoTriggerOfItsMarketYetCanFire() {
            assertThat(processTape.canFire(command(P90, P95), print("p1", yes, "0.92", 10))).isTrue();
        }

        @Test
        void aPrintBelowEveryThresholdCannot() {
            assertThat(processTape.canFire(command(P90, P95), print("p1", yes, "0.89", 10))).isFalse();
        }

        @Test
        void aStalePrintCannotEvenAboveTheThreshold() {
            MarketTrade stale = print("p1", yes, "0.99", 301);

            assertThat(processTape.canFire(command(P95), stale)).isFalse();
            assertThat(processTape.canFire(command(P95).withMaxAge(Duration.ofSeconds(400)), stale)).isTrue();
        }

        @Test
        void onceEveryReachedThresholdOfTheMarketFiredAPrintCannotAndProcessingItFiresNothing() {
            ingest(print("p1", yes, "0.91", 30));
            processTape.process(command(P90, P95));
            MarketTrade higher = print("p2", no, "0.96", 20);
            MarketTrade sameLevel = print("p3", yes, "0.93", 10);

            assertThat(processTape.canFire(command(P90, P95), higher)).isTrue(); // 0.95 has not fired yet
            assertThat(processTape.canFire(command(P90, P95), sameLevel)).isFalse();
            ingest(sameLevel);
            assertThat(processTape.process(command(P90, P95)).triggersFired()).isEmpty();
        }

        @Test
        void aThresholdFoundStoredIsHandedBackAndOneKnownStoredIsNotReadAgain() {
            ingest(print("p1", yes, "0.91", 30));
            processTape.process(command(P90, P95)); // 0.90 fires for the market
            List<Price> found = new ArrayList<>();

            assertThat(processTape.canFire(command(P90, P95), print("p2", yes, "0.93", 10), Set.of(), found::add))
                    .isFalse();
            assertThat(found).containsExactly(P90);

            // on a market with no trigger stored: a threshold the caller says is stored is taken at its word (no
            // read), so a print reaching only that threshold cannot fire
            ConditionId other = ConditionId.of("other-market");
            MarketTrade elsewhere = new MarketTrade(MarketTradeId.of("q1"), other, TokenId.of("q-yes"),
                    Price.of("0.92"), Quantity.of("1"), Side.BUY, print("p0", yes, "0.92", 10).timestamp());
            assertThat(processTape.canFire(command(P90, P95), elsewhere)).isTrue();
            assertThat(processTape.canFire(command(P90, P95), elsewhere, Set.of(P90), found::add)).isFalse();
            assertThat(found).containsExactly(P90);
        }
    }

    private static MarketTradeRepository recordingPages(MarketTradeRepository real, List<Integer> pageSizes) {
        return new MarketTradeRepository() {
            @Override
            public boolean insertIfAbsent(MarketTrade trade) {
                return real.insertIfAbsent(trade);
            }

            @Override
            public IngestResult ingest(Collection<MarketTrade> trades) {
                return real.ingest(trades);
            }

            @Override
            public Optional<MarketTrade> findById(MarketTradeId tradeId) {
                return real.findById(tradeId);
            }

            @Override
            public List<MarketTrade> findAfter(ConditionId conditionId, Optional<WatermarkPosition> after, int limit) {
                List<MarketTrade> page = real.findAfter(conditionId, after, limit);
                pageSizes.add(page.size());
                return page;
            }

            @Override
            public List<ConditionId> findConditionsTradedSince(Instant since) {
                return real.findConditionsTradedSince(since);
            }
        };
    }
}
