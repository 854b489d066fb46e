package io.tradekit.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionId;
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
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import io.tradekit.domain.testdata.Positions;
import io.tradekit.domain.testdata.Trades;
import io.tradekit.domain.trade.TradeRepository;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RiskSnapshotQuery} must compute, field by field as {@link RiskSnapshot} defines it,
 * with numbers worked out by hand. The trading day starts at {@code D} = 2026-03-02T00:00:00Z.
 */
public abstract class RiskSnapshotQueryContract {
    /** The store under test; called once per test. */
    protected abstract StoreUnderTest store();

    private static final Instant D = Instants.at("2026-03-02T00:00:00Z");

    private PositionRepository positions;
    private TradeRepository trades;
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
        trades = store.trades();
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

    private Position closedAt(String realized, String fees, Instant at) {
        return positions.insert(Positions.closed(account, Ids.condition(), Ids.token(), realized, fees, at));
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

    @Test
    void closesGiveTodaysRealizedTotalPeakStreakAndLastClose() {
        // stored out of order; close order is by close time
        closedAt("4", "0.5", D);                                        // c3 net +3.5, at the day start: today
        closedAt("6", "1", D.minusSeconds(7200));                       // c1 net +5
        closedAt("0", "0.25", D.plusSeconds(7200));                     // c5 net -0.25
        closedAt("-3", "0", D.minusNanos(1000));                        // c2 net -3, yesterday's last microsecond
        positions.insert(Positions.settledLosing(account, Ids.condition(), Ids.token(), "4", "0.5", "0.5",
                D.plusSeconds(3600)));                                  // c4 settled: realized -2, net -2.5
        Position stillOpen = positions.insert(Positions.open(account).size("10").price("0.5").build());
        positions.insert(Positions.closed(Ids.account(), Ids.condition(), Ids.token(), "40", "0", D.plusSeconds(1)));

        RiskSnapshot s = anySnapshot(account);
        // running net: 5, 2, 5.5, 3, 2.75
        assertThat(s.realizedPnlToday()).isEqualTo(Money.of("2"));     // 4 - 2 + 0, gross of fees
        assertThat(s.realizedNetTotal()).isEqualTo(Money.of("2.75"));
        assertThat(s.peakRealizedNet()).isEqualTo(Money.of("5.5"));
        assertThat(s.losingStreak()).isEqualTo(2);
        assertThat(s.lastCloseAt()).isEqualTo(D.plusSeconds(7200));
        assertThat(s.openPositions()).isEqualTo(1);
        assertThat(s.capitalAtRisk()).isEqualTo(stillOpen.costBasis());
    }

    @Test
    void tradesTodayCountOnlyTradesWithAFillAndFeesTodaySumEveryLeg() {
        ConditionId m = Ids.condition();
        TokenId yes = Ids.token();
        TokenId no = Ids.token();
        trades.insertIfAbsent(Trades.trade(account).at(D.minusNanos(1000))
                .leg(Trades.filled(m, yes, Side.BUY, "10", "0.5", "1")).build());                   // yesterday
        trades.insertIfAbsent(Trades.trade(account).at(D)
                .leg(Trades.filled(m, yes, Side.BUY, "10", "0.5", "0.10"))
                .leg(Trades.failed(m, no, Side.BUY, "10", "0.5")).build());                          // counts
        trades.insertIfAbsent(Trades.trade(account).at(D.plusSeconds(3600))
                .leg(Trades.failedWithFee(m, yes, Side.BUY, "10", "0.5", "0.05")).build());          // no fill
        trades.insertIfAbsent(Trades.trade(account).at(D.plusSeconds(7200))
                .leg(Trades.partial(m, no, Side.SELL, "10", "5", "0.4", "0.20")).build());          // counts
        trades.insertIfAbsent(Trades.trade(Ids.account()).at(D.plusSeconds(60))
                .leg(Trades.filled(m, yes, Side.BUY, "10", "0.5", "9")).build());                   // not ours

        RiskSnapshot s = anySnapshot(account);
        assertThat(s.tradesToday()).isEqualTo(2);
        assertThat(s.feesToday()).isEqualTo(Money.of("0.35"));
        assertThat(s.openPositions()).isZero();
    }

    @Test
    void thePeakIsTheHighestRunningNetAndALossOnlyHistoryHasPeakZero() {
        closedAt("-1", "0", D.minusSeconds(50));
        closedAt("-1.5", "0.5", D.minusSeconds(40));
        RiskSnapshot losses = anySnapshot(account);
        assertThat(losses.peakRealizedNet()).isEqualTo(Money.ZERO);
        assertThat(losses.realizedNetTotal()).isEqualTo(Money.of("-3"));
        assertThat(losses.losingStreak()).isEqualTo(2);

        // running after those: -3, then +5 -> 2, -1 -> 1, +0.5 -> 1.5, -4 -> -2.5, -1 -> -3.5
        closedAt("5", "0", D.minusSeconds(30));
        closedAt("-1", "0", D.minusSeconds(20));
        closedAt("0.5", "0", D.minusSeconds(10));
        closedAt("-4", "0", D.plusSeconds(10));
        closedAt("-0.5", "0.5", D.plusSeconds(20));
        RiskSnapshot s = anySnapshot(account);
        assertThat(s.peakRealizedNet()).isEqualTo(Money.of("2"));
        assertThat(s.realizedNetTotal()).isEqualTo(Money.of("-3.5"));
        assertThat(s.losingStreak()).isEqualTo(2);
        assertThat(s.realizedPnlToday()).isEqualTo(Money.of("-4.5"));
        assertThat(s.lastCloseAt()).isEqualTo(D.plusSeconds(20));
    }

    @Test
    void aBreakevenEndsTheLosingStreak() {
        closedAt("-1", "0", D.plusSeconds(1));
        closedAt("0.5", "0.5", D.plusSeconds(2));
        closedAt("-1", "0", D.plusSeconds(3));
        assertThat(anySnapshot(account).losingStreak()).isEqualTo(1);
    }

    @Test
    void closesAtTheSameTimeFollowPositionIdOrder() {
        String base = Ids.unique("pos");
        Instant at = D.plusSeconds(5);
        // "-a" (+1) then "-b" (-1): the most recent close is the loss
        positions.insert(withId(Positions.closed(account, Ids.condition(), Ids.token(), "-1", "0", at), base + "-b"));
        positions.insert(withId(Positions.closed(account, Ids.condition(), Ids.token(), "1", "0", at), base + "-a"));
        RiskSnapshot s = anySnapshot(account);
        assertThat(s.losingStreak()).isEqualTo(1);
        // equity is what it is after ALL closes of an instant: the +1 alone was never equity, so no peak
        assertThat(s.peakRealizedNet()).isEqualTo(Money.ZERO);
        assertThat(s.realizedNetTotal()).isEqualTo(Money.ZERO);
        assertThat(s.lastCloseAt()).isEqualTo(at);
    }

    @Test
    void thePeakIsTakenAfterAllClosesOfAnInstantNeverHalfwayThroughThem() {
        // a market settles both tokens at once: YES +9 and NO -10 (ids decide only the order inside the instant)
        String base = Ids.unique("pos");
        Instant before = D.plusSeconds(5);
        Instant settled = D.plusSeconds(60);
        closedAt("2", "0", before);                                                       // running 2
        positions.insert(withId(Positions.closed(account, Ids.condition(), Ids.token(), "9", "0", settled), base + "-a"));
        positions.insert(withId(Positions.closed(account, Ids.condition(), Ids.token(), "-10", "0", settled), base + "-b"));

        RiskSnapshot s = anySnapshot(account);
        // after the instant: 2 + 9 - 10 = 1; the 11 halfway through it was never the account's equity
        assertThat(s.peakRealizedNet()).isEqualTo(Money.of("2"));
        assertThat(s.realizedNetTotal()).isEqualTo(Money.of("1"));

        closedAt("5", "0", settled.plusSeconds(1));                                       // running 6: a real peak
        assertThat(anySnapshot(account).peakRealizedNet()).isEqualTo(Money.of("6"));
    }

    @Test
    void anotherAccountsHistoryNeverShows() {
        AccountId other = Ids.account();
        positions.insert(Positions.open(other).condition(m1).token(t1).event(e1).size("10").price("0.5").build());
        positions.insert(Positions.closed(other, Ids.condition(), Ids.token(), "-5", "1", D.plusSeconds(1)));
        trades.insertIfAbsent(Trades.trade(other).at(D.plusSeconds(1)).build());

        assertThat(snapshot(m1, e1, t1)).isEqualTo(new RiskSnapshot(0, Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, null, Quantity.ZERO, Money.ZERO, Money.ZERO, 0, Money.ZERO, Money.ZERO, 0, null));
        RiskSnapshot theirs = risk.snapshot(new RiskSnapshotRequest(other, D, m1, e1, t1));
        assertThat(theirs.openPositions()).isEqualTo(1);
        assertThat(theirs.tradesToday()).isEqualTo(1);
        assertThat(theirs.realizedNetTotal()).isEqualTo(Money.of("-6"));
        assertThat(theirs.losingStreak()).isEqualTo(1);
    }

    private static Position withId(Position p, String id) {
        return Position.restore(PositionId.of(id), p.accountId(), p.conditionId(), p.tokenId(), p.eventId().orElse(null),
                p.side(), p.status(), p.size(), p.averageEntryPrice(), p.costBasis(), p.currentPrice(),
                p.realizedPnl(), p.fees(), p.openedAt(), p.updatedAt(), p.closedAt().orElse(null), p.version());
    }

    @Test
    void aTradingDayStartingAtTheBeginningOfTimeCountsEveryTrade() {
        trades.insertIfAbsent(io.tradekit.domain.testdata.Trades.trade(account).build());
        RiskSnapshot sinceEver = risk.snapshot(new RiskSnapshotRequest(account, Instant.MIN, m1, null, t1));
        assertThat(sinceEver.tradesToday()).isEqualTo(1);
        RiskSnapshot never = risk.snapshot(new RiskSnapshotRequest(account, Instant.MAX, m1, null, t1));
        assertThat(never.tradesToday()).isZero();
    }
}
