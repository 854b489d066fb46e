package io.tradekit.adapters.postgres.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.position.PositionStatus;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.risk.RiskSnapshotRequest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.LegStatus;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import io.tradekit.domain.testdata.Ledgers;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every figure of the snapshot against numbers worked out by hand (the book is written as the kit writes it:
 * positions stored, their closes and the trades' fees booked to the ledger).
 */
class PostgresRiskSnapshotQueryAdapterTest {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private static final Instant DAY_START = Instant.parse("2024-10-02T00:00:00Z");
    private static final Instant JUST_BEFORE = DAY_START.minusNanos(1000);
    private final AccountId account = AccountId.of("acct-" + UUID.randomUUID());

    @BeforeEach
    void book() {
        // open: LONG 10 @ 0.40 marked 0.55 -> cost 4.00, unrealized +1.50
        Position a = Position.open(PositionId.of("open-a"), account, ConditionId.of("A"), TokenId.of("A-yes"),
                EventId.of("E"), PositionSide.LONG, Quantity.of("10"), Price.of("0.40"), Money.of("0.1"), JUST_BEFORE);
        // open: SHORT 4 @ 2.50 marked 2.25 -> cost 10.00, unrealized +1.00
        Position b = Position.open(PositionId.of("open-b"), account, ConditionId.of("B"), TokenId.of("B-no"),
                EventId.of("E"), PositionSide.SHORT, Quantity.of("4"), Price.of("2.5"), Money.ZERO, JUST_BEFORE);
        // open: LONG 0.5 @ 0.00000003 -> cost 0.00000002 (0.000000015 half-even); marked 0.00000001 -> value
        // 0.000000005 rounds half-even to 0, so unrealized -0.00000002 (ties away from zero would give -0.00000001)
        Position c = Position.open(PositionId.of("open-c"), account, ConditionId.of("C"), TokenId.of("C-t"), null,
                PositionSide.LONG, Quantity.of("0.5"), Price.of("0.00000003"), Money.ZERO, JUST_BEFORE);
        db.store().positions().insert(a.markToMarket(Price.of("0.55"), DAY_START));
        db.store().positions().insert(b.markToMarket(Price.of("2.25"), DAY_START));
        db.store().positions().insert(c.markToMarket(Price.of("0.00000001"), DAY_START));

        // closes, in (closed_at, id) order:     net     running
        close("c1", "3.1", "0.1", Instant.parse("2024-10-01T10:00:00Z")); // +3.00   3.00  <- peak
        close("c2", "-4.8", "0.2", JUST_BEFORE);                          // -5.00  -2.00
        close("c3", "4", "0", DAY_START);                                 // +4.00   2.00  (today from here)
        close("x-a", "0.5", "0.5", DAY_START.plusSeconds(7200));          //  0.00   2.00  breakeven: not a loss
        close("x-b", "-1", "0", DAY_START.plusSeconds(7200));             // -1.00   1.00  same time, id after x-a
        close("c6", "-2", "0.25", DAY_START.plusSeconds(10800));          // -2.25  -1.25

        // trades: fees of every leg since the day start; only trades with a fill count
        trade("t1", JUST_BEFORE, TradeLeg.filled(cond("A"), tok("A-yes"), Side.BUY, qty("1"), px("0.4"), fee("0.3")));
        trade("t2", DAY_START, TradeLeg.filled(cond("A"), tok("A-yes"), Side.BUY, qty("1"), px("0.4"), fee("0.1")),
                TradeLeg.filled(cond("B"), tok("B-no"), Side.SELL, qty("1"), px("2.5"), fee("0.2")));
        trade("t3", DAY_START.plusSeconds(60), new TradeLeg(cond("A"), tok("A-yes"), Side.BUY, qty("5"), qty("0"),
                px("0.4"), fee("0.05"), LegStatus.FAILED));
        trade("t4", DAY_START.plusSeconds(120),
                TradeLeg.partial(cond("A"), tok("A-yes"), Side.BUY, qty("5"), qty("2"), px("0.4"), fee("0.01")),
                TradeLeg.failed(cond("B"), tok("B-no"), Side.SELL, qty("5"), px("2.5")));

        // another account's book must not count
        AccountId other = AccountId.of("other-" + UUID.randomUUID());
        db.store().positions().insert(Position.open(PositionId.of("open-a"), other, ConditionId.of("A"),
                TokenId.of("A-yes"), EventId.of("E"), PositionSide.LONG, Quantity.of("100"), Price.of("0.9"), Money.ZERO,
                DAY_START));
        Ledgers.bookClose(db.store().ledgers(), db.store().positions().insert(closedPosition(other, "o1", "-50", "1",
                DAY_START.plusSeconds(5))));
        book(Trade.of(other, ClientTradeId.of("t9"), DAY_START.plusSeconds(5),
                List.of(TradeLeg.filled(cond("A"), tok("A-yes"), Side.BUY, qty("1"), px("0.4"), fee("9")))));
    }

    @Test
    void computesEveryFigureForAHeldTokenInAnEvent() {
        RiskSnapshot s = db.store().riskSnapshots().snapshot(
                new RiskSnapshotRequest(account, DAY_START, ConditionId.of("A"), EventId.of("E"), TokenId.of("A-yes")));

        assertThat(s).isEqualTo(new RiskSnapshot(3, Money.of("14.00000002"), Money.of("2.49999998"), Money.of("4"),
                Money.of("14"), PositionSide.LONG, Quantity.of("10"), Money.of("1.5"), Money.of("0.36"), 2,
                Money.of("-1.25"), Money.of("3"), 2, DAY_START.plusSeconds(10800)));
    }

    @Test
    void withoutAnEventOrAHeldTokenThoseFiguresAreZero() {
        RiskSnapshot s = db.store().riskSnapshots().snapshot(
                new RiskSnapshotRequest(account, DAY_START, ConditionId.of("Z"), null, TokenId.of("Z-yes")));

        assertThat(s.marketExposure()).isEqualTo(Money.ZERO);
        assertThat(s.eventExposure()).isEqualTo(Money.ZERO);
        assertThat(s.held()).isEmpty();
        assertThat(s.heldSize()).isEqualTo(Quantity.ZERO);
        assertThat(s.openPositions()).isEqualTo(3);
    }

    @Test
    void aDayStartAfterEverythingCountsNothingToday() {
        RiskSnapshot s = db.store().riskSnapshots().snapshot(new RiskSnapshotRequest(account,
                DAY_START.plusSeconds(86_400), ConditionId.of("B"), EventId.of("E"), TokenId.of("B-no")));

        assertThat(s.realizedPnlToday()).isEqualTo(Money.ZERO);
        assertThat(s.feesToday()).isEqualTo(Money.ZERO);
        assertThat(s.tradesToday()).isZero();
        assertThat(s.heldSide()).isEqualTo(PositionSide.SHORT);
        assertThat(s.marketExposure()).isEqualTo(Money.of("10"));
        assertThat(s.realizedNetTotal()).isEqualTo(Money.of("-1.25"));
    }

    @Test
    void anAccountWithNoHistoryHasAnEmptySnapshot() {
        RiskSnapshot s = db.store().riskSnapshots().snapshot(new RiskSnapshotRequest(
                AccountId.of("fresh-" + UUID.randomUUID()), DAY_START, ConditionId.of("A"), null, TokenId.of("A-yes")));

        assertThat(s).isEqualTo(new RiskSnapshot(0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, null,
                Quantity.ZERO, Money.ZERO, Money.ZERO, 0, Money.ZERO, Money.ZERO, 0, null));
    }

    @Test
    void aLosingStreakWithNoWinCountsEveryCloseAndThePeakNeverGoesBelowZero() {
        AccountId loser = AccountId.of("loser-" + UUID.randomUUID());
        Ledgers.bookClose(db.store().ledgers(), db.store().positions().insert(closedPosition(loser, "l1", "-1", "0",
                DAY_START)));
        Ledgers.bookClose(db.store().ledgers(), db.store().positions().insert(closedPosition(loser, "l2", "-1", "0.5",
                DAY_START.plusSeconds(1))));

        RiskSnapshot s = db.store().riskSnapshots().snapshot(
                new RiskSnapshotRequest(loser, DAY_START, ConditionId.of("A"), null, TokenId.of("A-yes")));

        assertThat(s.losingStreak()).isEqualTo(2);
        assertThat(s.peakRealizedNet()).isEqualTo(Money.ZERO);
        assertThat(s.realizedNetTotal()).isEqualTo(Money.of("-2.5"));
        assertThat(s.realizedPnlToday()).isEqualTo(Money.of("-2"));
    }

    private void close(String id, String realized, String fees, Instant at) {
        Ledgers.bookClose(db.store().ledgers(), db.store().positions().insert(closedPosition(account, id, realized,
                fees, at)));
    }

    private static Position closedPosition(AccountId who, String id, String realized, String fees, Instant at) {
        return Position.restore(PositionId.of(id), who, ConditionId.of("closed-" + id), TokenId.of("tok-" + id), null,
                PositionSide.LONG, PositionStatus.CLOSED, Quantity.ZERO, Price.of("0.5"), Money.ZERO, Price.of("0.5"),
                Money.of(realized), Money.of(fees), at.minusSeconds(3600), at, at, 0);
    }

    private void trade(String id, Instant at, TradeLeg... legs) {
        book(Trade.of(account, ClientTradeId.of(id), at, List.of(legs)));
    }

    /** Stores the trade and books its fees and fill to the ledger, as RecordExecution does. */
    private static void book(Trade trade) {
        db.store().trades().insertIfAbsent(trade);
        Money fees = Money.ZERO;
        for (TradeLeg leg : trade.legs()) {
            fees = fees.plus(leg.fee());
        }
        Money paid = fees;
        long filled = trade.legs().stream().anyMatch(TradeLeg::hasFill) ? 1 : 0;
        Ledgers.update(db.store().ledgers(), trade.accountId(), l -> l.book(trade.executedAt(), Money.ZERO, paid,
                filled));
    }

    private static ConditionId cond(String v) {
        return ConditionId.of(v);
    }

    private static TokenId tok(String v) {
        return TokenId.of(v);
    }

    private static Quantity qty(String v) {
        return Quantity.of(v);
    }

    private static Price px(String v) {
        return Price.of(v);
    }

    private static Money fee(String v) {
        return Money.of(v);
    }
}
