package io.tradekit.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountLedgerTest {
    private static final AccountId A = AccountId.of("acct-ledger");
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    private static Money m(String s) {
        return Money.of(s);
    }

    @Test
    void anEmptyLedgerHasNothing() {
        AccountLedger l = AccountLedger.empty(A);
        assertThat(l.closes()).isZero();
        assertThat(l.realizedNetTotal()).isEqualTo(Money.ZERO);
        assertThat(l.peakRealizedNet()).isEqualTo(Money.ZERO);
        assertThat(l.losingStreak()).isZero();
        assertThat(l.lastCloseAt()).isNull();
        assertThat(l.day(Instant.MIN)).isEqualTo(LedgerDay.NONE);
        assertThat(l.version()).isZero();
    }

    @Test
    void closesMoveTheTotalThePeakFromZeroTheStreakAndTheLastClose() {
        // net -1, -2 (running -1, -3: peak stays 0), +5 (2), -1 (1), +0.5 (1.5)
        AccountLedger l = AccountLedger.empty(A)
                .close(m("-1"), T)
                .close(m("-2"), T.plusSeconds(1));
        assertThat(l.peakRealizedNet()).isEqualTo(Money.ZERO);
        assertThat(l.losingStreak()).isEqualTo(2);
        l = l.close(m("5"), T.plusSeconds(2)).close(m("-1"), T.plusSeconds(3)).close(m("0.5"), T.plusSeconds(4))
                .close(m("-4"), T.plusSeconds(5)).close(m("-0.5"), T.plusSeconds(6));
        assertThat(l.realizedNetTotal()).isEqualTo(m("-3"));
        assertThat(l.peakRealizedNet()).isEqualTo(m("2"));
        assertThat(l.losingStreak()).isEqualTo(2);
        assertThat(l.lastCloseAt()).isEqualTo(T.plusSeconds(6));
        assertThat(l.closes()).isEqualTo(7);
    }

    @Test
    void aBreakevenEndsTheLosingStreakAsAWinDoes() {
        AccountLedger l = AccountLedger.empty(A).close(m("-1"), T).close(m("-1"), T.plusSeconds(1));
        assertThat(l.losingStreak()).isEqualTo(2);
        assertThat(l.close(Money.ZERO, T.plusSeconds(2)).losingStreak()).isZero();
        assertThat(l.close(m("0.01"), T.plusSeconds(2)).losingStreak()).isZero();
        assertThat(l.close(Money.ZERO, T.plusSeconds(2)).close(m("-3"), T.plusSeconds(3)).losingStreak()).isEqualTo(1);
    }

    @Test
    void thePeakIsTakenAfterAllClosesOfAnInstant() {
        // running 2, then one instant with +9 and -10: 11 halfway through was never equity
        AccountLedger l = AccountLedger.empty(A).close(m("2"), T)
                .close(m("9"), T.plusSeconds(60)).close(m("-10"), T.plusSeconds(60));
        assertThat(l.peakRealizedNet()).isEqualTo(m("2"));
        assertThat(l.realizedNetTotal()).isEqualTo(m("1"));
        assertThat(l.losingStreak()).isEqualTo(1);
        // a third close at the same instant that lifts the instant's figure to 4 makes 4 the peak
        assertThat(l.close(m("3"), T.plusSeconds(60)).peakRealizedNet()).isEqualTo(m("4"));
        // the next instant is a new step
        assertThat(l.close(m("5"), T.plusSeconds(61)).peakRealizedNet()).isEqualTo(m("6"));
    }

    @Test
    void aLateCloseJoinsTheLastInstant() {
        AccountLedger l = AccountLedger.empty(A).close(m("2"), T).close(m("9"), T.plusSeconds(60))
                .close(m("-10"), T.plusSeconds(30));
        assertThat(l.lastCloseAt()).isEqualTo(T.plusSeconds(60));
        assertThat(l.peakRealizedNet()).isEqualTo(m("2"));
        assertThat(l.realizedNetTotal()).isEqualTo(m("1"));
    }

    @Test
    void theDayCountsEntriesAtOrAfterItsStart() {
        AccountLedger l = AccountLedger.empty(A)
                .book(T.minusNanos(1000), m("-100"), m("3"), 1)      // yesterday's last microsecond
                .book(T, m("-40.5"), m("0"), 0)                     // at the day start: today
                .book(T.plusSeconds(60), Money.ZERO, m("5"), 1)
                .book(T.plusSeconds(90), Money.ZERO, Money.ZERO, 0); // nothing: not booked
        assertThat(l.entryCount()).isEqualTo(3);
        assertThat(l.unsavedEntries()).extracting(LedgerEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(l.day(T)).isEqualTo(new LedgerDay(m("-40.5"), m("5"), 1));
        assertThat(l.day(T.minusSeconds(1))).isEqualTo(new LedgerDay(m("-140.5"), m("8"), 2));
        assertThat(l.day(T.plusSeconds(61))).isEqualTo(LedgerDay.NONE);
        AccountLedger stored = l.stored(1);
        assertThat(stored.unsavedEntries()).isEmpty();
        assertThat(stored.day(T)).isEqualTo(l.day(T));
    }

    @Test
    void aLedgerLoadedSinceAnInstantRefusesAnEarlierDay() {
        AccountLedger loaded = AccountLedger.restore(A, 0, Money.ZERO, Money.ZERO, Money.ZERO, 0, null, 1, 1, T,
                List.of(new LedgerEntry(1, T, m("1"), Money.ZERO, 0)));
        assertThat(loaded.day(T).realizedPnl()).isEqualTo(m("1"));
        assertThatThrownBy(() -> loaded.day(T.minusSeconds(1))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("dayStart");
    }

    @Test
    void restoreRefusesInconsistentState() {
        assertThatThrownBy(() -> AccountLedger.restore(A, 1, m("1"), m("0.5"), Money.ZERO, 0, T, 0, 1, Instant.MAX,
                List.of())).isInstanceOf(InvalidValueException.class).hasMessageContaining("peakRealizedNet");
        assertThatThrownBy(() -> AccountLedger.restore(A, 1, m("1"), m("1"), Money.ZERO, 2, T, 0, 1, Instant.MAX,
                List.of())).isInstanceOf(InvalidValueException.class).hasMessageContaining("losingStreak");
        assertThatThrownBy(() -> AccountLedger.restore(A, 0, Money.ZERO, Money.ZERO, Money.ZERO, 0, T, 0, 1,
                Instant.MAX, List.of())).isInstanceOf(InvalidValueException.class).hasMessageContaining("lastCloseAt");
        assertThatThrownBy(() -> new LedgerEntry(1, T, Money.ZERO, m("-1"), 0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("fees");
    }
}
