package io.tradekit.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.snapshot.PerformanceSnapshot;
import io.tradekit.domain.snapshot.PerformanceSnapshotRepository;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PerformanceSnapshotRepository} must do: one per (account, time), exact, a series in time order. */
public abstract class PerformanceSnapshotRepositoryContract {
    protected abstract JournalStoreUnderTest store();

    private PerformanceSnapshotRepository snapshots;
    private AccountId account;

    @BeforeEach
    void setUpStore() {
        snapshots = store().performanceSnapshots();
        account = Ids.account();
    }

    private PerformanceSnapshot at(Instant t, String equity) {
        return new PerformanceSnapshot(account, t, Money.of(equity), Money.of("12.5"), Money.of("-3.25"), 2, 5, 3, 1,
                new BigDecimal("0.6"), new BigDecimal("3.076923076923077"), Money.of("2.5"), Money.of("40"),
                new BigDecimal("0.03883495145631068"), new BigDecimal("1.234567890123456"), null,
                new BigDecimal("12.5E+3"), null);
    }

    @Test
    void roundTripsEveryFigureIncludingAbsentOnes() {
        PerformanceSnapshot s = at(Instants.at("2026-03-01T12:00:00.000001Z"), "1009.25");
        assertThat(snapshots.insertIfAbsent(s)).isTrue();
        assertThat(snapshots.findSeries(account, Instant.MIN, Instant.MAX)).containsExactly(s);
        assertThat(s.cagr()).isEqualByComparingTo("12500");
        assertThat(s.sortino()).isNull();
    }

    @Test
    void oneSnapshotPerAccountAndTime() {
        PerformanceSnapshot first = at(Instants.T0, "1000");
        assertThat(snapshots.insertIfAbsent(first)).isTrue();
        assertThat(snapshots.insertIfAbsent(at(Instants.T0, "999"))).isFalse();
        assertThat(snapshots.findSeries(account, Instant.MIN, Instant.MAX)).containsExactly(first);
    }

    @Test
    void racingSnapshotsAtOneTimeStoreOne() {
        List<Boolean> results = Concurrently.race(Concurrently.THREADS,
                i -> snapshots.insertIfAbsent(at(Instants.T0, "100" + i)));
        assertThat(results).containsOnlyOnce(true);
        assertThat(snapshots.findSeries(account, Instant.MIN, Instant.MAX)).hasSize(1);
    }

    @Test
    void theSeriesIsInTimeOrderWithinFromInclusiveToExclusive() {
        PerformanceSnapshot a = at(Instants.T0, "1000");
        PerformanceSnapshot b = at(Instants.T0.plusSeconds(3600), "1010");
        PerformanceSnapshot c = at(Instants.T0.plusSeconds(7200), "1005");
        for (PerformanceSnapshot s : List.of(c, a, b)) {
            snapshots.insertIfAbsent(s);
        }
        assertThat(snapshots.findSeries(account, Instant.MIN, Instant.MAX)).containsExactly(a, b, c);
        assertThat(snapshots.findSeries(account, Instants.T0, Instants.T0.plusSeconds(7200))).containsExactly(a, b);
    }

    @Test
    void eachAccountHasItsOwnSeries() {
        AccountId other = Ids.account();
        PerformanceSnapshot mine = at(Instants.T0, "1000");
        PerformanceSnapshot theirs = new PerformanceSnapshot(other, Instants.T0, Money.of("5"), Money.ZERO, Money.ZERO,
                0, 0, 0, 0, null, null, null, null, null, null, null, null, null);
        assertThat(snapshots.insertIfAbsent(mine)).isTrue();
        assertThat(snapshots.insertIfAbsent(theirs)).isTrue();
        assertThat(snapshots.findSeries(other, Instant.MIN, Instant.MAX)).containsExactly(theirs);
        assertThat(snapshots.findSeries(Ids.account(), Instant.MIN, Instant.MAX)).isEmpty();
    }
}
