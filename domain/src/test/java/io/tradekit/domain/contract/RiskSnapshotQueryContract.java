package io.tradekit.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.ledger.AccountLedgerRepository;
import io.tradekit.domain.ledger.LedgerEntry;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.risk.RiskSnapshotRequest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import io.tradekit.domain.testdata.Ledgers;
import io.tradekit.domain.testdata.Positions;
import io.tradekit.domain.shared.StaleVersionException;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RiskSnapshotQuery} must load (the open positions, the ledger and its entries since the day
 * start) and the figures {@link RiskSnapshot#of} makes of them, with numbers worked out by hand; and the
 * {@link AccountLedgerRepository}'s store, load and compare-and-set. The trading day starts at {@code D} = 2026-03-02T00:00:00Z.
 */
public abstract class RiskSnapshotQueryContract {
    /** The store under test; called once per test. */
    protected abstract StoreUnderTest store();

    private static final Instant D = Instants.at("2026-03-02T00:00:00Z");

    private PositionRepository positions;
    private AccountLedgerRepository ledgers;
    private RiskSnapshotQuery risk;
    private AccountId account;
    private ConditionId m1;
    private ConditionId m2;
    private EventId e1;
    private EventId e2;
    private TokenId t1;
    private TokenId t3;

    @BeforeEach
    void setUpStore() {
        StoreUnderTest store = store();
        positions = store.positions();
        ledgers = store.ledgers();
        risk = store.riskSnapshots();
        account = Ids.account();
        m1 = Ids.condition();
        m2 = Ids.condition();
        e1 = Ids.event();
        e2 = Ids.event();
        t1 = Ids.token();
        t3 = Ids.token();
    }

    private RiskSnapshot snapshot(ConditionId condition, EventId event, TokenId token) {
        return risk.snapshot(new RiskSnapshotRequest(account, D, condition, event, token));
    }

    private RiskSnapshot anySnapshot(AccountId of) {
        return risk.snapshot(new RiskSnapshotRequest(of, D, Ids.condition(), null, Ids.token()));
    }

    private void open(Position p) {
        positions.insert(p);
    }

    @Test
    void anAccountWithNothingHasZeroFiguresAndNoHolding() {
        RiskSnapshot s = anySnapshot(account);
        assertThat(s).isEqualTo(new RiskSnapshot(0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, null,
                Quantity.ZERO, Money.ZERO, Money.ZERO, 0, Money.ZERO, Money.ZERO, 0, null));
    }

    @Test
    void openPositionFiguresExposuresAndTheHeldToken() {
        // p1 M1/T1/E1 LONG 100 @ 0.40: cost 40, marked 0.50: unrealized +10
        open(Positions.open(account).condition(m1).token(t1).event(e1).size("100").price("0.40").build()
                .markToMarket(Price.of("0.50"), D.plusSeconds(60)));
        // p2 M1/T2/E1 LONG 50 @ 0.20: cost 10, unrealized 0
        open(Positions.open(account).condition(m1).token(Ids.token()).event(e1).size("50").price("0.20").build());
        // p3 M2/T3/E2 SHORT 10 @ 2.00: cost 20, marked 2.50: unrealized -5
        open(Positions.open(account).condition(m2).token(t3).event(e2).side(PositionSide.SHORT).size("10")
                .price("2.00").build().markToMarket(Price.of("2.50"), D.plusSeconds(60)));
        // p4 M3/T4 no event LONG 20 @ 0.50: cost 10
        open(Positions.open(account).size("20").price("0.50").build());
        // p5 M4/E1 LONG 10 @ 0.50, 4 sold today at 0.75: realized +1 (not a close), cost 3, unrealized 6 x 0.75 - 3 = 1.5
        Position p5 = positions.insert(Positions.open(account).event(e1).size("10").price("0.50").build());
        positions.update(p5.reduce(Quantity.of("4"), Price.of("0.75"), Money.ZERO, D.plusSeconds(3600)));
        // another account's position in the same market and token is not ours
        positions.insert(Positions.open(Ids.account()).condition(m1).token(t1).event(e1).size("1000").build());

        RiskSnapshot s = snapshot(m1, e1, t1);
        assertThat(s.openPositions()).isEqualTo(5);
        assertThat(s.capitalAtRisk()).isEqualTo(Money.of("83"));
        assertThat(s.unrealizedPnl()).isEqualTo(Money.of("6.5"));
        assertThat(s.marketExposure()).isEqualTo(Money.of("50"));
        assertThat(s.eventExposure()).isEqualTo(Money.of("53"));
        assertThat(s.heldSide()).isEqualTo(PositionSide.LONG);
        assertThat(s.heldSize()).isEqualTo(Quantity.of("100"));
        assertThat(s.realizedPnlToday()).isEqualTo(Money.ZERO);
        assertThat(s.realizedNetTotal()).isEqualTo(Money.ZERO);
        assertThat(s.lastCloseAt()).isNull();

        RiskSnapshot withoutEvent = snapshot(m2, null, t3);
        assertThat(withoutEvent.marketExposure()).isEqualTo(Money.of("20"));
        assertThat(withoutEvent.eventExposure()).isEqualTo(Money.ZERO);
        assertThat(withoutEvent.heldSide()).isEqualTo(PositionSide.SHORT);
        assertThat(withoutEvent.heldSize()).isEqualTo(Quantity.of("10"));

        RiskSnapshot notHeld = snapshot(Ids.condition(), e2, Ids.token());
        assertThat(notHeld.marketExposure()).isEqualTo(Money.ZERO);
        assertThat(notHeld.eventExposure()).isEqualTo(Money.of("20"));
        assertThat(notHeld.heldSide()).isNull();
        assertThat(notHeld.heldSize()).isEqualTo(Quantity.ZERO);
        assertThat(notHeld.openPositions()).isEqualTo(5);
    }

    private AccountLedger book(UnaryOperator<AccountLedger> change) {
        return Ledgers.update(ledgers, account, change);
    }

    @Test
    void theLedgersFiguresWithTodaysEntriesOnly() {
        book(l -> l.book(D.minusSeconds(7200), Money.of("6"), Money.of("1"), 1).close(Money.of("5"), D.minusSeconds(7200))
                .book(D.minusNanos(1000), Money.of("-3"), Money.ZERO, 0).close(Money.of("-3"), D.minusNanos(1000)));
        book(l -> l.book(D, Money.of("4"), Money.of("0.5"), 1).close(Money.of("3.5"), D)
                .book(D.plusSeconds(3600), Money.of("-2"), Money.ZERO, 0).close(Money.of("-2.5"), D.plusSeconds(3600))
                .book(D.plusSeconds(7200), Money.ZERO, Money.of("0.25"), 2).close(Money.of("-0.25"), D.plusSeconds(7200)));
        Position stillOpen = positions.insert(Positions.open(account).size("10").price("0.5").build());

        RiskSnapshot s = anySnapshot(account);
        // entries at or after D: realized 4 - 2 + 0, fees 0.5 + 0.25, trades 1 + 2; the one a microsecond before is yesterday's
        assertThat(s.realizedPnlToday()).isEqualTo(Money.of("2"));
        assertThat(s.feesToday()).isEqualTo(Money.of("0.75"));
        assertThat(s.tradesToday()).isEqualTo(3);
        // running net: 5, 2, 5.5, 3, 2.75 (the ledger's own rules, stored and loaded as they are)
        assertThat(s.realizedNetTotal()).isEqualTo(Money.of("2.75"));
        assertThat(s.peakRealizedNet()).isEqualTo(Money.of("5.5"));
        assertThat(s.losingStreak()).isEqualTo(2);
        assertThat(s.lastCloseAt()).isEqualTo(D.plusSeconds(7200));
        assertThat(s.openPositions()).isEqualTo(1);
        assertThat(s.capitalAtRisk()).isEqualTo(stillOpen.costBasis());
    }

    @Test
    void aStoredLedgerLoadsExactlyAsSavedWithTheEntriesSinceTheInstantAsked() {
        AccountLedger saved = book(l -> l.book(D.minusSeconds(1), Money.of("1.5"), Money.of("0.1"), 1)
                .book(D, Money.of("-0.5"), Money.ZERO, 0).close(Money.of("0.9"), D)
                .close(Money.of("-2"), D));
        assertThat(saved.version()).isEqualTo(1);
        AccountLedger loaded = ledgers.find(account, D).orElseThrow();
        assertThat(loaded.realizedNetTotal()).isEqualTo(Money.of("-1.1"));
        assertThat(loaded.peakRealizedNet()).isEqualTo(Money.ZERO);
        assertThat(loaded.losingStreak()).isEqualTo(1);
        assertThat(loaded.entryCount()).isEqualTo(2);
        assertThat(loaded.entries()).containsExactly(new LedgerEntry(2, D, Money.of("-0.5"), Money.ZERO, 0));
        assertThat(loaded.day(D).realizedPnl()).isEqualTo(Money.of("-0.5"));
        assertThat(ledgers.find(account, D.minusSeconds(1)).orElseThrow().entries()).hasSize(2);
        assertThat(ledgers.find(account, Instant.MAX).orElseThrow().entries()).isEmpty();
        assertThat(ledgers.find(Ids.account(), Instant.MIN)).isEmpty();
    }

    @Test
    void aSaveFromAStaleVersionIsRefusedAndWritesNothing() {
        AccountLedger first = book(l -> l.book(D, Money.of("1"), Money.ZERO, 1));
        AccountLedger stale = AccountLedger.empty(account).book(D, Money.of("7"), Money.ZERO, 1);
        assertThatThrownBy(() -> ledgers.save(stale)).isInstanceOf(StaleVersionException.class);
        AccountLedger second = ledgers.save(ledgers.find(account, D).orElseThrow().book(D.plusSeconds(1), Money.of("2"),
                Money.ZERO, 0));
        assertThat(second.version()).isEqualTo(2);
        assertThatThrownBy(() -> ledgers.save(first.book(D, Money.of("9"), Money.ZERO, 0)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(anySnapshot(account).realizedPnlToday()).isEqualTo(Money.of("3"));
        assertThat(anySnapshot(account).tradesToday()).isEqualTo(1);
    }

    @Test
    void anotherAccountsHistoryNeverShows() {
        AccountId other = Ids.account();
        positions.insert(Positions.open(other).condition(m1).token(t1).event(e1).size("10").price("0.5").build());
        Ledgers.update(ledgers, other, l -> l.book(D.plusSeconds(1), Money.of("-5"), Money.of("1"), 1)
                .close(Money.of("-6"), D.plusSeconds(1)));

        assertThat(snapshot(m1, e1, t1)).isEqualTo(new RiskSnapshot(0, Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, null, Quantity.ZERO, Money.ZERO, Money.ZERO, 0, Money.ZERO, Money.ZERO, 0, null));
        RiskSnapshot theirs = risk.snapshot(new RiskSnapshotRequest(other, D, m1, e1, t1));
        assertThat(theirs.openPositions()).isEqualTo(1);
        assertThat(theirs.tradesToday()).isEqualTo(1);
        assertThat(theirs.realizedNetTotal()).isEqualTo(Money.of("-6"));
        assertThat(theirs.losingStreak()).isEqualTo(1);
    }

    @Test
    void aTradingDayStartingAtTheBeginningOfTimeCountsEveryTrade() {
        book(l -> l.book(D, Money.ZERO, Money.ZERO, 1));
        RiskSnapshot sinceEver = risk.snapshot(new RiskSnapshotRequest(account, Instant.MIN, m1, null, t1));
        assertThat(sinceEver.tradesToday()).isEqualTo(1);
        RiskSnapshot never = risk.snapshot(new RiskSnapshotRequest(account, Instant.MAX, m1, null, t1));
        assertThat(never.tradesToday()).isZero();
    }
}
