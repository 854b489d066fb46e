package io.tradekit.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.Watermark;
import io.tradekit.domain.watermark.WatermarkPosition;
import io.tradekit.domain.watermark.WatermarkRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Times;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WatermarkRepository} must do: (timestamp, id) positions that only move forward, atomically
 * (racing writers end at the maximum), per (account, consumer, stream).
 */
public abstract class WatermarkRepositoryContract {
    /** The store under test; called once per test. */
    protected abstract StoreUnderTest store();

    private WatermarkRepository watermarks;
    private AccountId account;
    private ConsumerId consumer;
    private String stream;

    @BeforeEach
    void setUpStore() {
        watermarks = store().watermarks();
        account = Ids.account();
        consumer = Ids.consumer();
        stream = Ids.unique("stream");
    }

    private static WatermarkPosition at(Instant t, String id) {
        return WatermarkPosition.of(t, id);
    }

    private WatermarkPosition stored() {
        return watermarks.find(account, consumer, stream).orElseThrow().position();
    }

    @Test
    void nothingIsStoredBeforeTheFirstAdvance() {
        assertThat(watermarks.find(account, consumer, stream)).isEmpty();
    }

    @Test
    void theFirstAdvanceStoresThePositionExactly() {
        WatermarkPosition position = at(Instants.at("2026-03-01T12:00:00.123456Z"), "0xabc-DEF_1");
        assertThat(watermarks.advance(account, consumer, stream, position)).isTrue();
        assertThat(watermarks.find(account, consumer, stream))
                .contains(new Watermark(account, consumer, stream, position));
    }

    @Test
    void itMovesForwardAndNeverBack() {
        Instant t = Instants.T0;
        assertThat(watermarks.advance(account, consumer, stream, at(t, "m"))).isTrue();
        assertThat(watermarks.advance(account, consumer, stream, at(t.plusSeconds(1), "a"))).isTrue();
        assertThat(watermarks.advance(account, consumer, stream, at(t, "z"))).isFalse();
        assertThat(watermarks.advance(account, consumer, stream, at(t.minusSeconds(60), "zz"))).isFalse();
        assertThat(watermarks.advance(account, consumer, stream, at(t.plusSeconds(1), "a"))).isFalse();
        assertThat(stored()).isEqualTo(at(t.plusSeconds(1), "a"));
    }

    @Test
    void theIdBreaksTiesBetweenPrintsThatShareATimestamp() {
        Instant t = Instants.T0;
        assertThat(watermarks.advance(account, consumer, stream, at(t, "b"))).isTrue();
        assertThat(watermarks.advance(account, consumer, stream, at(t, "a"))).isFalse();
        assertThat(stored()).isEqualTo(at(t, "b"));
        assertThat(watermarks.advance(account, consumer, stream, at(t, "ba"))).isTrue();
        assertThat(watermarks.advance(account, consumer, stream, at(t, "c"))).isTrue();
        assertThat(stored()).isEqualTo(at(t, "c"));
        // byte order: 'C' (67) sorts before 'c' (99)
        assertThat(watermarks.advance(account, consumer, stream, at(t, "C"))).isFalse();
        assertThat(stored()).isEqualTo(at(t, "c"));
    }

    @Test
    void aMicrosecondLaterIsAfter() {
        Instant t = Instants.at("2026-03-01T12:00:00.000001Z");
        watermarks.advance(account, consumer, stream, at(t, "z"));
        assertThat(watermarks.advance(account, consumer, stream, at(t.plusNanos(1000), "a"))).isTrue();
        assertThat(stored()).isEqualTo(at(Instants.at("2026-03-01T12:00:00.000002Z"), "a"));
    }

    @Test
    void watermarksAreKeptPerAccountConsumerAndStream() {
        AccountId otherAccount = Ids.account();
        ConsumerId otherConsumer = Ids.consumer();
        String otherStream = Ids.unique("stream");
        WatermarkPosition mine = at(Instants.T0.plusSeconds(100), "x");
        watermarks.advance(account, consumer, stream, mine);
        assertThat(watermarks.find(otherAccount, consumer, stream)).isEmpty();
        assertThat(watermarks.find(account, otherConsumer, stream)).isEmpty();
        assertThat(watermarks.find(account, consumer, otherStream)).isEmpty();

        // an earlier position elsewhere is a first advance there, and leaves mine alone
        assertThat(watermarks.advance(otherAccount, consumer, stream, at(Instants.T0, "a"))).isTrue();
        assertThat(watermarks.advance(account, otherConsumer, stream, at(Instants.T0, "a"))).isTrue();
        assertThat(watermarks.advance(account, consumer, otherStream, at(Instants.T0, "a"))).isTrue();
        assertThat(stored()).isEqualTo(mine);
        assertThat(watermarks.find(otherAccount, consumer, stream).orElseThrow().position())
                .isEqualTo(at(Instants.T0, "a"));
    }

    @Test
    void racingWritersEndAtTheMaximum() {
        List<WatermarkPosition> candidates = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            for (char id = 'a'; id <= 'e'; id++) {
                candidates.add(at(Instants.T0.plusSeconds(s), String.valueOf(id)));
            }
        }
        WatermarkPosition maximum = Collections.max(candidates);
        List<Integer> moves = Concurrently.race(Concurrently.THREADS, i -> {
            List<WatermarkPosition> mine = new ArrayList<>(candidates);
            Collections.shuffle(mine, new Random(i));
            int moved = 0;
            for (WatermarkPosition p : mine) {
                if (watermarks.advance(account, consumer, stream, p)) {
                    moved++;
                }
            }
            return moved;
        });
        assertThat(stored()).isEqualTo(maximum);
        assertThat(moves.stream().mapToInt(Integer::intValue).sum()).isBetween(1, candidates.size());
        assertThat(watermarks.advance(account, consumer, stream, candidates.get(0))).isFalse();
    }

    @Test
    void racingWritersOfTheSamePositionMoveItOnce() {
        WatermarkPosition target = at(Instants.T0, "same");
        List<Boolean> results = Concurrently.race(Concurrently.THREADS,
                i -> watermarks.advance(account, consumer, stream, target));
        assertThat(results).containsOnlyOnce(true);
        assertThat(stored()).isEqualTo(target);
    }

    /**
     * Times outside the kit's range (four-digit years): the domain refuses them, so no store ever sees one
     * (PostgreSQL would write a time before 4713 BC as another time, and could not read back 29 Feb 1 BC).
     */
    static final List<Instant> FAR_TIMES = List.of(Instants.at("-5000-01-01T00:00:00Z"),
            Instants.at("0000-02-29T12:00:00Z"), Instants.at("0000-12-31T23:59:59.999999Z"),
            Instants.at("+10000-01-01T00:00:00Z"), Instants.at("+300000-01-01T00:00:00Z"));

    @Test
    void aTimeOutsideTheKitsRangeIsRefusedByTheDomainBeforeAnyStore() {
        for (Instant far : FAR_TIMES) {
            assertThatThrownBy(() -> at(far, "a")).as(far.toString())
                    .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("timestamp: ");
        }
    }

    @Test
    void theEndsOfTheTimeRangeRoundTripExactly() {
        String first = Ids.unique("ends");
        WatermarkPosition earliest = at(Times.EARLIEST, "a");
        WatermarkPosition latest = at(Times.LATEST, "~");
        assertThat(watermarks.advance(account, consumer, first, earliest)).isTrue();
        assertThat(watermarks.find(account, consumer, first).orElseThrow().position()).isEqualTo(earliest);
        assertThat(watermarks.advance(account, consumer, first, latest)).isTrue();
        assertThat(watermarks.find(account, consumer, first).orElseThrow().position()).isEqualTo(latest);
        // nothing is after the last position
        assertThat(watermarks.advance(account, consumer, first, at(Times.LATEST, "a"))).isFalse();
        assertThat(watermarks.find(account, consumer, first).orElseThrow().position()).isEqualTo(latest);
    }
}
