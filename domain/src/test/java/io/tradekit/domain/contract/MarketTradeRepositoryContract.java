package io.tradekit.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.IngestResult;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.tape.PrintConflict;
import io.tradekit.domain.tape.TapeWindow;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import io.tradekit.domain.testdata.Prints;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Iterator;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Times;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MarketTradeRepository} must do: exact round trips, idempotent ingest, and reads after a
 * position in (timestamp, trade id) order. Every test works in its own fresh markets, so the store may be
 * shared and non-empty.
 */
public abstract class MarketTradeRepositoryContract {
    /** The store under test; called once per test. */
    protected abstract StoreUnderTest store();

    private MarketTradeRepository tape;
    private ConditionId market;
    private TokenId token;
    private String prefix;

    @BeforeEach
    void setUpStore() {
        tape = store().marketTrades();
        market = Ids.condition();
        token = Ids.token();
        prefix = Ids.unique("p");
    }

    private MarketTrade at(String idSuffix, Instant timestamp) {
        return Prints.print().id(prefix + idSuffix).condition(market).token(token).at(timestamp).build();
    }

    private List<String> suffixes(List<MarketTrade> prints) {
        List<String> ids = new ArrayList<>();
        for (MarketTrade p : prints) {
            ids.add(p.tradeId().value().substring(prefix.length()));
        }
        return ids;
    }

    @Test
    void roundTripsEveryFieldAtFullPrecision() {
        MarketTrade print = Prints.print().condition(market).token(token).price("0.12345678").size("1234.56789012")
                .side(Side.SELL).at(Instants.at("2026-03-01T12:00:00.123456Z")).build();
        assertThat(tape.insertIfAbsent(print)).isTrue();
        assertThat(tape.findById(print.tradeId())).contains(print);
    }

    @Test
    void roundTripsPricesAboveOneForNonBinaryInstruments() {
        MarketTrade print = Prints.print().condition(market).token(token).price("64123.87654321").size("0.00000001")
                .side(Side.BUY).at(Instants.at("1999-12-31T23:59:59.999999Z")).build();
        tape.insertIfAbsent(print);
        assertThat(tape.findById(print.tradeId())).contains(print);
    }

    @Test
    void unknownIdIsEmpty() {
        assertThat(tape.findById(Ids.print())).isEmpty();
    }

    @Test
    void insertIfAbsentIsIdempotentAndKeepsTheFirstVersion() {
        MarketTrade first = Prints.print().condition(market).token(token).price("0.40").build();
        MarketTrade sameIdOtherContent = Prints.print().id(first.tradeId()).condition(market).token(token)
                .price("0.90").size("99").build();
        assertThat(tape.insertIfAbsent(first)).isTrue();
        assertThat(tape.insertIfAbsent(first)).isFalse();
        assertThat(tape.insertIfAbsent(sameIdOtherContent)).isFalse();
        assertThat(tape.findById(first.tradeId())).contains(first);
        assertThat(tape.findAfter(market, Optional.empty(), 10)).containsExactly(first);
    }

    @Test
    void insertAllIfAbsentCountsOnlyNewPrints() {
        MarketTrade a = at("a", Instants.T0);
        MarketTrade b = at("b", Instants.T0);
        MarketTrade c = at("c", Instants.T0.plusSeconds(1));
        assertThat(tape.insertIfAbsent(a)).isTrue();
        // a is already stored, b comes twice inside the batch
        assertThat(tape.insertAllIfAbsent(List.of(a, b, b, c))).isEqualTo(2);
        assertThat(tape.insertAllIfAbsent(List.of(c, b, a))).isZero();
        assertThat(tape.insertAllIfAbsent(List.of())).isZero();
        assertThat(suffixes(tape.findAfter(market, Optional.empty(), 10))).containsExactly("a", "b", "c");
        assertThat(tape.findById(b.tradeId())).contains(b);
    }

    @Test
    void findAfterReadsInTimestampThenTradeIdOrder() {
        Instant t1 = Instants.T0;
        Instant t2 = Instants.T0.plusNanos(1_000); // one microsecond later
        List<MarketTrade> prints = new ArrayList<>(List.of(at("c", t1), at("a", t1), at("b", t2), at("0", t2),
                at("z", t1.minusSeconds(60))));
        Collections.shuffle(prints, new Random(7));
        tape.insertAllIfAbsent(prints);

        assertThat(suffixes(tape.findAfter(market, Optional.empty(), 100)))
                .containsExactly("z", "a", "c", "0", "b");
    }

    @Test
    void tradeIdsBreakTiesInByteOrder() {
        // byte order, as PostgreSQL's COLLATE "C": 'B' (66) < '_' (95) < 'a' (97)
        tape.insertAllIfAbsent(List.of(at("a1", Instants.T0), at("_x", Instants.T0), at("B1", Instants.T0)));
        assertThat(suffixes(tape.findAfter(market, Optional.empty(), 10))).containsExactly("B1", "_x", "a1");
    }

    @Test
    void findAfterStartsStrictlyAfterThePosition() {
        Instant t1 = Instants.T0;
        Instant t2 = Instants.T0.plusSeconds(1);
        tape.insertAllIfAbsent(List.of(at("a", t1), at("b", t1), at("c", t1), at("0", t2)));

        assertThat(suffixes(tape.findAfter(market, Optional.of(WatermarkPosition.of(t1, prefix + "b")), 10)))
                .containsExactly("c", "0");
        // a position between stored prints
        assertThat(suffixes(tape.findAfter(market, Optional.of(WatermarkPosition.of(t1, prefix + "bb")), 10)))
                .containsExactly("c", "0");
        // the timestamp decides before the id
        assertThat(suffixes(tape.findAfter(market, Optional.of(WatermarkPosition.of(t2, prefix + "0")), 10)))
                .isEmpty();
        assertThat(suffixes(tape.findAfter(market, Optional.of(WatermarkPosition.of(t1.minusNanos(1000), "zzz")), 10)))
                .containsExactly("a", "b", "c", "0");
    }

    @Test
    void pagesWithALimitAcrossEqualTimestampsWithoutSkippingOrRepeating() {
        List<MarketTrade> prints = new ArrayList<>();
        for (char c = 'a'; c <= 'e'; c++) {
            prints.add(at(String.valueOf(c), Instants.T0));
        }
        // smaller ids, later time: they still come last
        prints.add(at("0", Instants.T0.plusSeconds(1)));
        prints.add(at("1", Instants.T0.plusSeconds(1)));
        tape.insertAllIfAbsent(prints);

        List<String> read = new ArrayList<>();
        Optional<WatermarkPosition> after = Optional.empty();
        int pages = 0;
        while (true) {
            List<MarketTrade> page = tape.findAfter(market, after, 2);
            assertThat(page.size()).isLessThanOrEqualTo(2);
            if (page.isEmpty()) {
                break;
            }
            pages++;
            read.addAll(suffixes(page));
            after = Optional.of(page.get(page.size() - 1).position());
        }
        assertThat(read).containsExactly("a", "b", "c", "d", "e", "0", "1");
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void findAfterIsScopedToOneMarket() {
        ConditionId other = Ids.condition();
        MarketTrade mine = at("a", Instants.T0);
        MarketTrade theirs = Prints.print().condition(other).token(token).at(Instants.T0).build();
        tape.insertAllIfAbsent(List.of(mine, theirs));
        assertThat(tape.findAfter(market, Optional.empty(), 10)).containsExactly(mine);
        assertThat(tape.findAfter(other, Optional.empty(), 10)).containsExactly(theirs);
        assertThat(tape.findAfter(Ids.condition(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void findConditionsTradedSinceIncludesTheBoundaryAndEachMarketOnce() {
        // far from every other test's prints: no other market of the suite trades after this
        Instant latest = Instants.at("2099-06-01T00:00:00Z");
        ConditionId fresh = Ids.condition();
        ConditionId stale = Ids.condition();
        tape.insertAllIfAbsent(List.of(
                Prints.print().condition(fresh).token(token).at(latest.minusSeconds(10)).build(),
                Prints.print().condition(fresh).token(token).at(latest).build(),
                Prints.print().condition(stale).token(token).at(latest.minusSeconds(3600)).build()));

        assertThat(tape.findConditionsTradedSince(latest.minusSeconds(1800))).contains(fresh).doesNotContain(stale);
        assertThat(tape.findConditionsTradedSince(latest.minusSeconds(1800)).stream().filter(fresh::equals).count())
                .isEqualTo(1);
        assertThat(tape.findConditionsTradedSince(latest)).contains(fresh).doesNotContain(stale);
        assertThat(tape.findConditionsTradedSince(latest.plusNanos(1000))).doesNotContain(fresh, stale);
        assertThat(tape.findConditionsTradedSince(latest.minusSeconds(7200))).contains(fresh, stale);
    }

    @Test
    void findConditionsTradedSinceComesInConditionIdOrder() {
        Instant when = Instants.at("2098-01-01T00:00:00Z");
        String base = Ids.unique("ord");
        ConditionId b = ConditionId.of(base + "-b");
        ConditionId a = ConditionId.of(base + "-a");
        ConditionId c = ConditionId.of(base + "-c");
        tape.insertAllIfAbsent(List.of(Prints.print().condition(b).token(token).at(when).build(),
                Prints.print().condition(c).token(token).at(when).build(),
                Prints.print().condition(a).token(token).at(when).build()));
        List<ConditionId> markets = tape.findConditionsTradedSince(when);
        assertThat(markets).containsSubsequence(a, b, c);
        List<String> values = markets.stream().map(ConditionId::value).toList();
        assertThat(values).isSorted();
    }

    @Test
    void racingIngestersStoreEachPrintOnce() {
        List<MarketTrade> prints = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            prints.add(at(String.format("%04d", i), Instants.T0.plusSeconds(i / 3)));
        }
        List<Integer> inserted = Concurrently.race(Concurrently.THREADS, i -> {
            List<MarketTrade> mine = new ArrayList<>(prints);
            Collections.shuffle(mine, new Random(i));
            return tape.insertAllIfAbsent(mine.subList(0, 150));
        });
        int stored = tape.findAfter(market, Optional.empty(), 1000).size();
        assertThat(inserted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(stored);
        assertThat(stored).isLessThanOrEqualTo(200).isGreaterThanOrEqualTo(150);
    }

    @Test
    void racingSingleInsertsOfOnePrintHaveExactlyOneWinner() {
        MarketTrade print = at("only", Instants.T0);
        List<Boolean> results = Concurrently.race(Concurrently.THREADS, i -> tape.insertIfAbsent(print));
        assertThat(results).containsOnlyOnce(true);
        assertThat(tape.findAfter(market, Optional.empty(), 10)).containsExactly(print);
        assertThat(tape.findById(MarketTradeId.of(prefix + "only"))).contains(print);
    }

    // ---- review: bulk ingest edge cases (fast COPY path and the staging path)

    @Test
    void aBatchKeepsTheFirstOfATradeIdThatRepeatsWithOtherContent() {
        MarketTrade first = at("x", Instants.T0.plusSeconds(5));
        MarketTrade other = Prints.print().id(first.tradeId()).condition(market).token(token).price("0.9")
                .size("3").at(Instants.T0).build();
        MarketTrade y = at("y", Instants.T0.plusSeconds(1));
        assertThat(tape.insertAllIfAbsent(List.of(first, y, other))).isEqualTo(2);
        assertThat(tape.findById(first.tradeId())).contains(first);
        assertThat(suffixes(tape.findAfter(market, Optional.empty(), 10))).containsExactly("y", "x");
        // and against a stored print: the stored one stays
        assertThat(tape.insertAllIfAbsent(List.of(other, at("z", Instants.T0)))).isEqualTo(1);
        assertThat(tape.findById(first.tradeId())).contains(first);
    }

    @Test
    void batchesInsideAUnitThatRollsBackLeaveNothingBehind() {
        MarketTrade a = at("a", Instants.T0);
        MarketTrade b = at("b", Instants.T0);
        MarketTrade c = at("c", Instants.T0.plusSeconds(1));
        IllegalStateException crash = new IllegalStateException("crash");
        assertThatThrownBy(() -> store().unitOfWork().run(() -> {
            assertThat(tape.insertAllIfAbsent(List.of(a, b))).isEqualTo(2);      // none stored yet
            assertThat(tape.insertAllIfAbsent(List.of(b, c))).isEqualTo(1);      // overlaps the first batch
            throw crash;
        })).isSameAs(crash);
        assertThat(tape.findAfter(market, Optional.empty(), 10)).isEmpty();
        assertThat(tape.findById(a.tradeId())).isEmpty();
        // every key is free again
        assertThat(tape.insertAllIfAbsent(List.of(a, b, c))).isEqualTo(3);
    }

    @Test
    void aBatchOverlappingStoredPrintsLeavesTheCallersUnitUsable() {
        MarketTrade a = at("a", Instants.T0);
        MarketTrade b = at("b", Instants.T0);
        MarketTrade c = at("c", Instants.T0.plusSeconds(1));
        MarketTrade d = at("d", Instants.T0.plusSeconds(2));
        int inserted = store().unitOfWork().inTransaction(() -> {
            assertThat(tape.insertIfAbsent(a)).isTrue();
            int n = tape.insertAllIfAbsent(List.of(c, a, b));
            // more statements in the same unit after the batch met a stored print
            assertThat(tape.insertIfAbsent(d)).isTrue();
            assertThat(tape.findAfter(market, Optional.empty(), 10)).hasSize(4);
            return n;
        });
        assertThat(inserted).isEqualTo(2);
        assertThat(suffixes(tape.findAfter(market, Optional.empty(), 10))).containsExactly("a", "b", "c", "d");
    }

    @Test
    void roundTripsExtremeTimesAndValuesThroughBothInsertPaths() {
        String big = "999999999999999999999999999999.99999999";
        // the ends of the kit's time range (Times.EARLIEST, Times.LATEST) and times between
        List<Instant> times = List.of(Instants.at("0001-01-01T00:00:00Z"), Instants.at("0001-01-01T00:00:00.000001Z"),
                Instants.at("1900-01-01T00:00:00.000001Z"), Instants.at("1969-12-31T23:59:59.999999Z"),
                Instants.at("9999-12-31T23:59:59.999998Z"), Instants.at("9999-12-31T23:59:59.999999Z"));
        List<MarketTrade> batch = new ArrayList<>();
        List<MarketTrade> singles = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            batch.add(Prints.print().id(prefix + "m" + i).condition(market).token(token).price(big).size(big)
                    .at(times.get(i)).build());
            singles.add(Prints.print().id(prefix + "s" + i).condition(market).token(token).price("0").size("0.00000001")
                    .at(times.get(i)).build());
        }
        assertThat(tape.insertAllIfAbsent(batch)).isEqualTo(times.size());
        for (MarketTrade s : singles) {
            assertThat(tape.insertIfAbsent(s)).isTrue();
        }
        for (int i = 0; i < times.size(); i++) {
            assertThat(tape.findById(batch.get(i).tradeId())).contains(batch.get(i));
            assertThat(tape.findById(singles.get(i).tradeId())).contains(singles.get(i));
        }
        List<String> inTimeOrder = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            inTimeOrder.add("m" + i);
            inTimeOrder.add("s" + i);
        }
        assertThat(suffixes(tape.findAfter(market, Optional.empty(), 20))).containsExactlyElementsOf(inTimeOrder);
    }

    @Test
    void longIdsWithPunctuationAndBackslashesRoundTripThroughABatchInByteOrder() {
        String pad = "x".repeat(200);
        List<String> suffixes = List.of("a-", "B", "a", "\\N", "a\\", "~", "!");
        List<MarketTrade> prints = new ArrayList<>();
        for (String suffix : suffixes) {
            prints.add(Prints.print().id(prefix + suffix + pad.substring(0, 200 - prefix.length() - suffix.length()))
                    .condition(market).token(token).at(Instants.T0).build());
        }
        assertThat(tape.insertAllIfAbsent(prints)).isEqualTo(prints.size());
        for (MarketTrade p : prints) {
            assertThat(p.tradeId().value()).hasSize(200);
            assertThat(tape.findById(p.tradeId())).contains(p);
        }
        List<String> expected = prints.stream().map(p -> p.tradeId().value()).sorted().toList();
        assertThat(tape.findAfter(market, Optional.empty(), 20)).extracting(p -> p.tradeId().value())
                .containsExactlyElementsOf(expected);
        // the tie order is byte order: "!" < "B" < "\\" < "a" < "a-" ... padded with x
        assertThat(expected.get(0)).startsWith(prefix + "!");
        assertThat(expected.get(1)).startsWith(prefix + "B");
    }

    @Test
    void queryBoundsAtTheEndsOfTimeAreAnsweredNotRefused() {
        MarketTrade a = at("a", Instants.T0);
        tape.insertIfAbsent(a);
        // "since the beginning" and "after everything", as a caller may spell them
        assertThat(tape.findConditionsTradedSince(Instant.MIN)).contains(market);
        assertThat(tape.findConditionsTradedSince(Instant.MAX)).doesNotContain(market);
        // a watermark position is a stored value: the ends of the kit's range, not Instant.MIN/MAX
        assertThat(tape.findAfter(market, Optional.of(WatermarkPosition.of(Times.EARLIEST, "~")), 10)).containsExactly(a);
        assertThat(tape.findAfter(market, Optional.of(WatermarkPosition.of(Times.LATEST, "~")), 10)).isEmpty();
    }

    @Test
    void aTimeOutsideTheKitsRangeIsRefusedByTheDomainBeforeAnyStore() {
        for (Instant far : WatermarkRepositoryContract.FAR_TIMES) {
            assertThatThrownBy(() -> Prints.print().condition(market).token(token).at(far).build())
                    .as(far.toString()).isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("timestamp: ");
        }
        assertThat(tape.findAfter(market, Optional.empty(), 10)).isEmpty();
    }

    @Test
    void racingIngestersOfOneTradeIdWithDifferentContentStoreItOnce() {
        // a venue that re-sends a print with a corrected time: batches disagree on the (time, id) order
        List<Integer> inserted = Concurrently.race(Concurrently.THREADS, i -> {
            List<MarketTrade> mine = new ArrayList<>();
            for (int n = 0; n < 300; n++) {
                int slot = i % 2 == 0 ? n : 299 - n;
                mine.add(at(String.format("%04d", n), Instants.T0.plusSeconds(slot)));
            }
            return tape.insertAllIfAbsent(mine);
        });
        assertThat(inserted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(300);
        assertThat(tape.findAfter(market, Optional.empty(), 1000)).hasSize(300);
    }

    // ---- issue 9 case 4: conflicting prints are reported through the port's result

    @Test
    void ingestReportsAPrintStoredWithOtherContentAndKeepsTheStoredOne() {
        MarketTrade stored = Prints.print().id(prefix + "k").condition(market).token(token).price("0.96")
                .at(Instants.T0).build();
        tape.ingest(List.of(stored));
        MarketTrade offered = Prints.print().id(stored.tradeId()).condition(market).token(token).price("0.50")
                .at(Instants.T0).build();
        MarketTrade fresh = at("k2", Instants.T0.plusSeconds(1));

        IngestResult result = tape.ingest(List.of(fresh, offered, stored));

        assertThat(result).isEqualTo(new IngestResult(1, List.of(new PrintConflict(stored, offered))));
        assertThat(tape.findById(stored.tradeId())).contains(stored);
        assertThat(tape.findById(fresh.tradeId())).contains(fresh);
    }

    @Test
    void ingestReportsEveryKindOfDifferenceAndNoneForTheSamePrint() {
        MarketTrade stored = at("d", Instants.T0);
        tape.ingest(List.of(stored));
        List<MarketTrade> others = List.of(
                Prints.print().id(stored.tradeId()).condition(Ids.condition()).token(token).at(Instants.T0).build(),
                Prints.print().id(stored.tradeId()).condition(market).token(Ids.token()).at(Instants.T0).build(),
                Prints.print().id(stored.tradeId()).condition(market).token(token).size("7").at(Instants.T0).build(),
                Prints.print().id(stored.tradeId()).condition(market).token(token).side(Side.SELL).at(Instants.T0)
                        .build(),
                Prints.print().id(stored.tradeId()).condition(market).token(token).at(Instants.T0.plusNanos(1000))
                        .build());
        List<MarketTrade> batch = new ArrayList<>(others);
        batch.add(stored);

        IngestResult result = tape.ingest(batch);

        assertThat(result.inserted()).isZero();
        assertThat(result.conflicts()).extracting(PrintConflict::offered).containsExactlyElementsOf(others);
        assertThat(result.conflicts()).extracting(PrintConflict::stored).containsOnly(stored);
    }

    @Test
    void ingestReportsARepeatWithinTheBatchAgainstTheFirstOnBothPaths() {
        MarketTrade first = at("w", Instants.T0);
        MarketTrade other = Prints.print().id(first.tradeId()).condition(market).token(token).price("0.9")
                .at(Instants.T0).build();

        // nothing stored: the fast path
        assertThat(tape.ingest(List.of(first, other)))
                .isEqualTo(new IngestResult(1, List.of(new PrintConflict(first, other))));
        // the first stored: the staging path, the same answer
        MarketTrade third = Prints.print().id(first.tradeId()).condition(market).token(token).price("0.8")
                .at(Instants.T0).build();
        assertThat(tape.ingest(List.of(first, other, third))).isEqualTo(new IngestResult(0,
                List.of(new PrintConflict(first, other), new PrintConflict(first, third))));
    }

    // streamWindow: the stored tape as a backtest replays it

    @Test
    void streamWindowComesInTimestampThenTradeIdOrderAcrossItsMarketsFromIncludedToExcluded() {
        ConditionId second = Ids.condition();
        ConditionId notAsked = Ids.condition();
        Instant from = Instants.T0;
        Instant to = from.plusSeconds(10);
        MarketTrade before = at("before", from.minusNanos(1000));
        MarketTrade atFromB = at("b", from);
        MarketTrade atFromA = Prints.print().id(prefix + "a").condition(second).token(token).at(from).build();
        MarketTrade middle = Prints.print().id(prefix + "m").condition(second).token(token).at(from.plusSeconds(5))
                .build();
        MarketTrade lastIn = at("z", to.minusNanos(1000));
        MarketTrade atTo = at("to", to);
        MarketTrade elsewhere = Prints.print().id(prefix + "x").condition(notAsked).token(token).at(from.plusSeconds(1))
                .build();
        tape.insertAllIfAbsent(List.of(lastIn, atTo, middle, before, elsewhere, atFromB, atFromA));

        try (Stream<MarketTrade> window = tape.streamWindow(TapeWindow.of(from, to, Set.of(market, second)))) {
            assertThat(window.toList()).containsExactly(atFromA, atFromB, middle, lastIn);
        }
        try (Stream<MarketTrade> one = tape.streamWindow(TapeWindow.of(from, to, Set.of(notAsked)))) {
            assertThat(one.toList()).containsExactly(elsewhere);
        }
    }

    @Test
    void streamWindowWithoutMarketsReadsEveryMarket() {
        // a stretch of time only this test prints in (a shared store may run it for several suites)
        Instant from = Instants.at("2091-07-13T00:00:00Z");
        MarketTrade a = at("a", from.plusSeconds(2));
        MarketTrade b = Prints.print().id(prefix + "b").condition(Ids.condition()).token(token).at(from.plusSeconds(1))
                .build();
        tape.insertAllIfAbsent(List.of(a, b));

        TapeWindow everyMarket = TapeWindow.between(from, from.plusSeconds(3600));
        try (Stream<MarketTrade> window = tape.streamWindow(everyMarket)) {
            List<MarketTrade> read = window.toList();
            assertThat(read).allMatch(everyMarket::includes);
            assertThat(read.stream().filter(p -> p.tradeId().value().startsWith(prefix))).containsExactly(b, a);
            assertThat(read.stream().map(MarketTrade::position).toList()).isSorted();
        }
    }

    @Test
    void streamWindowReachesBothEndsOfTheKitsRange() {
        MarketTrade first = at("first", Times.EARLIEST);
        MarketTrade last = at("last", Times.LATEST);
        tape.insertAllIfAbsent(List.of(last, first));

        try (Stream<MarketTrade> all = tape.streamWindow(new TapeWindow(Times.EARLIEST, Times.END, Set.of(market)))) {
            assertThat(all.toList()).containsExactly(first, last);
        }
        try (Stream<MarketTrade> none = tape.streamWindow(new TapeWindow(Times.EARLIEST, Times.LATEST, Set.of(market)))) {
            assertThat(none.toList()).containsExactly(first);
        }
    }

    /**
     * A backtest pulls a print, runs a unit of work, pulls the next: the stream must read lazily beside the store's
     * writes (PostgreSQL: on a connection of its own, fetchSize rows at a time) and give its resources back when
     * closed, so many windows opened and closed one after another never exhaust a pool.
     */
    @Test
    void streamWindowReadsLazilyBesideWritesAndGivesItsResourcesBackWhenClosed() {
        List<MarketTrade> prints = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            prints.add(at(String.format("%05d", i), Instants.T0.plusMillis(i / 2)));
        }
        tape.insertAllIfAbsent(prints);
        TapeWindow window = TapeWindow.of(Instants.T0, Instants.T0.plusSeconds(60), Set.of(market));
        ConditionId written = Ids.condition();
        List<MarketTrade> read = new ArrayList<>();
        try (Stream<MarketTrade> stream = tape.streamWindow(window)) {
            Iterator<MarketTrade> it = stream.iterator();
            while (it.hasNext()) {
                read.add(it.next());
                if (read.size() % 500 == 1) {
                    MarketTrade meanwhile = Prints.print().condition(written).token(token).at(Instants.T0).build();
                    store().unitOfWork().run(() -> tape.insertIfAbsent(meanwhile));
                    assertThat(tape.findById(meanwhile.tradeId())).contains(meanwhile);
                }
            }
        }
        assertThat(read).containsExactlyElementsOf(prints);
        assertThat(tape.findAfter(written, Optional.empty(), 10)).hasSize(5);

        for (int i = 0; i < 30; i++) {
            try (Stream<MarketTrade> stream = tape.streamWindow(window)) {
                assertThat(stream.findFirst()).contains(prints.get(0));
            }
        }
    }

    @Test
    void aWindowEndsAfterItStarts() {
        assertThatThrownBy(() -> TapeWindow.between(Instants.T0, Instants.T0)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("to: ");
        assertThatThrownBy(() -> TapeWindow.between(Instants.T0, Instants.T0.minusSeconds(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("to: ");
    }
}
