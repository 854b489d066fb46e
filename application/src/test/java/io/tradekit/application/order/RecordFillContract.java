package io.tradekit.application.order;

import io.tradekit.application.ledger.LedgerPosting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.execution.RecordExecution;
import io.tradekit.application.execution.RecordExecutionCommand;
import io.tradekit.application.retry.RetryPolicy;
import io.tradekit.application.retry.RetryingUnitOfWork;
import io.tradekit.application.testsupport.MutableClock;
import io.tradekit.application.testsupport.TestIds;
import io.tradekit.domain.contract.Concurrently;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.Liquidity;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderGroupId;
import io.tradekit.domain.order.OrderMode;
import io.tradekit.domain.order.OrderRef;
import io.tradekit.domain.order.OrderStatus;
import io.tradekit.domain.order.OverfillException;
import io.tradekit.domain.order.VenueId;
import io.tradekit.domain.order.VenueOrderId;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionStatus;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Orders and fills on any store, through the use cases: submit, acknowledge, fills moving the position; a fill
 * booked once (twice in a row, from many threads at once); an over-fill refused with nothing written; the
 * multi-maker derivation; a fill after cancel; a group's partial-fill risk; fills and executions moving one
 * position the same way.
 */
public abstract class RecordFillContract {
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");
    private static final VenueId VENUE = VenueId.of("polymarket");

    /** A store over the adapter under test; called once per test. */
    protected abstract JournalStoreUnderTest store();

    private final TestIds ids = new TestIds();
    private JournalStoreUnderTest store;
    private MutableClock clock;
    private SubmitOrder submit;
    private UpdateOrder update;
    private RecordFill recordFill;
    private AccountId account;
    private ConditionId market;
    private TokenId yes;
    private TokenId no;

    @BeforeEach
    void setUp() {
        store = store();
        clock = new MutableClock(T);
        // the kit's one retry layer, as Tradekit wires it: a conflict (stale version) runs the unit again whole
        UnitOfWork retrying = new RetryingUnitOfWork(store.unitOfWork(), RetryPolicy.DEFAULT);
        submit = new SubmitOrder(store.orders(), retrying, clock);
        update = new UpdateOrder(store.orders(), retrying, clock);
        recordFill = new RecordFill(store.orders(), retrying);
        account = ids.account("bot");
        market = ids.condition("m");
        yes = ids.token("yes");
        no = ids.token("no");
    }

    private Order submitted(String client, TokenId token, Side side, String price, String quantity) {
        return submit.submit(SubmitOrderCommand.limit(account, ClientOrderId.of(ids.name(client)), VENUE, market,
                token, side, Price.of(price), Quantity.of(quantity), OrderMode.LIVE)).order();
    }

    private Order acknowledged(String client, TokenId token, Side side, String price, String quantity) {
        Order o = submitted(client, token, side, price, quantity);
        return update.update(new UpdateOrderCommand(account, OrderRef.client(o.clientOrderId()),
                new OrderUpdate.Acknowledge(VenueOrderId.of(ids.name("v-" + client))))).order();
    }

    private RecordFillCommand fill(Order order, String fillId, String quantity, String price, String fee) {
        return new RecordFillCommand(account, OrderRef.client(order.clientOrderId()), FillId.of(ids.name(fillId)),
                Quantity.of(quantity), Price.of(price), Money.of(fee), Liquidity.TAKER, clock.instant());
    }

    private Order reread(Order o) {
        return store.orders().findByClientId(account, o.clientOrderId()).orElseThrow();
    }

    @Test
    void submitAcknowledgeFillsMoveThePosition() {
        Order order = acknowledged("buy", yes, Side.BUY, "0.40", "100");
        assertThat(order.status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
        clock.advance(java.time.Duration.ofSeconds(1));
        RecordFillResult first = recordFill.record(new RecordFillCommand(account,
                OrderRef.venue(VENUE, order.venueOrderId().orElseThrow()), FillId.of(ids.name("f1")),
                Quantity.of("40"), Price.of("0.40"), Money.of("0.04"), Liquidity.MAKER, clock.instant()));
        assertThat(first.recorded()).isTrue();
        assertThat(first.order().status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        RecordFillResult second = recordFill.record(fill(order, "f2", "60", "0.39", "0.06"));

        Order done = reread(order);
        assertThat(done).isEqualTo(second.order());
        assertThat(done.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(done.filledQuantity()).isEqualTo(Quantity.of("100"));
        // 40 x 0.40 + 60 x 0.39 = 16 + 23.40 = 39.40 over 100
        assertThat(done.averageFillPrice()).contains(Price.of("0.394"));
        Position position = store.positions().findOpenByToken(account, yes).orElseThrow();
        assertThat(position).isEqualTo(second.position().orElseThrow());
        assertThat(position.size()).isEqualTo(Quantity.of("100"));
        assertThat(position.costBasis()).isEqualTo(Money.of("39.40"));
        assertThat(position.fees()).isEqualTo(Money.of("0.10"));
        assertThat(store.orders().fillsOf(account, order.clientOrderId())).hasSize(2);
    }

    @Test
    void aSellOrdersFillsReduceThePositionAndRealize() {
        Order buy = acknowledged("buy", yes, Side.BUY, "0.40", "10");
        recordFill.record(fill(buy, "b1", "10", "0.40", "0"));
        Order sell = acknowledged("sell", yes, Side.SELL, "0.70", "10");
        RecordFillResult r = recordFill.record(fill(sell, "s1", "10", "0.70", "0.01"));
        Position closed = r.position().orElseThrow();
        assertThat(closed.status()).isEqualTo(PositionStatus.CLOSED);
        assertThat(closed.realizedPnl()).isEqualTo(Money.of("3"));
        assertThat(closed.netRealizedPnl()).isEqualTo(Money.of("2.99"));
    }

    @Test
    void fillsMoveTheAccountsLedgerThroughTheSameStepAsExecutions() {
        Order buy = acknowledged("l-buy", yes, Side.BUY, "0.40", "10");
        recordFill.record(fill(buy, "lb1", "4", "0.40", "0.01"));
        recordFill.record(fill(buy, "lb2", "6", "0.40", "0.01"));
        Order sell = acknowledged("l-sell", yes, Side.SELL, "0.70", "10");
        recordFill.record(fill(sell, "ls1", "10", "0.70", "0.02"));
        recordFill.record(fill(sell, "ls1", "10", "0.70", "0.02")); // a repeat books nothing

        io.tradekit.domain.ledger.AccountLedger ledger = store.ledgers().find(account, T).orElseThrow();
        // realized 10 x (0.70 - 0.40) = 3, fees 0.04: one close at +2.96
        assertThat(ledger.closes()).isEqualTo(1);
        assertThat(ledger.realizedNetTotal()).isEqualTo(Money.of("2.96"));
        io.tradekit.domain.ledger.LedgerDay day = ledger.day(T);
        assertThat(day.realizedPnl()).isEqualTo(Money.of("3"));
        assertThat(day.fees()).isEqualTo(Money.of("0.04"));
        assertThat(day.trades()).as("one per order, at its first fill").isEqualTo(2);
    }

    @Test
    void submittingTwiceIsOneOrder() {
        Order first = submitted("twice", yes, Side.BUY, "0.40", "10");
        OrderResult again = submit.submit(SubmitOrderCommand.limit(account, first.clientOrderId(), VENUE, market, yes,
                Side.BUY, Price.of("0.50"), Quantity.of("99"), OrderMode.LIVE));
        assertThat(again.changed()).isFalse();
        assertThat(again.order()).isEqualTo(first);
        assertThat(store.orders().findOpen(account)).containsExactly(first);
    }

    @Test
    void theSameFillTwiceChangesNothingAndSaysSo() {
        Order order = acknowledged("o", yes, Side.BUY, "0.40", "10");
        RecordFillResult first = recordFill.record(fill(order, "dup", "4", "0.40", "0.01"));
        Position afterFirst = store.positions().findOpenByToken(account, yes).orElseThrow();

        RecordFillResult repeat = recordFill.record(fill(order, "dup", "4", "0.40", "0.01"));
        RecordFillResult otherContent = recordFill.record(fill(order, "dup", "5", "0.41", "0"));

        assertThat(repeat.recorded()).isFalse();
        assertThat(repeat.position()).isEmpty();
        assertThat(repeat.fill()).isEqualTo(first.fill());
        assertThat(otherContent.recorded()).isFalse();
        assertThat(otherContent.fill()).as("the first booking wins").isEqualTo(first.fill());
        assertThat(reread(order)).isEqualTo(first.order());
        assertThat(store.positions().findOpenByToken(account, yes)).contains(afterFirst);
    }

    @Test
    void theSameFillFromManyThreadsAtOnceIsBookedOnce() {
        Order order = acknowledged("race", yes, Side.BUY, "0.40", "10");
        List<RecordFillResult> results = Concurrently.race(Concurrently.THREADS,
                i -> recordFill.record(fill(order, "same", "4", "0.40", "0.01")));
        assertThat(results).filteredOn(RecordFillResult::recorded).hasSize(1);
        assertThat(reread(order).filledQuantity()).isEqualTo(Quantity.of("4"));
        Position position = store.positions().findOpenByToken(account, yes).orElseThrow();
        assertThat(position.size()).isEqualTo(Quantity.of("4"));
        assertThat(position.version()).isZero();
    }

    @Test
    void differentFillsOfOneOrderFromManyThreadsAreAllBooked() {
        Order order = acknowledged("busy", yes, Side.BUY, "0.40", "100");
        List<RecordFillResult> results = Concurrently.race(Concurrently.THREADS,
                i -> recordFill.record(fill(order, "part-" + i, "1", "0.40", "0.01")));
        assertThat(results).allMatch(RecordFillResult::recorded);
        Order read = reread(order);
        assertThat(read.filledQuantity()).isEqualTo(Quantity.of(String.valueOf(Concurrently.THREADS)));
        assertThat(read.version()).isEqualTo(1 + Concurrently.THREADS);
        assertThat(store.positions().findOpenByToken(account, yes).orElseThrow().size())
                .isEqualTo(Quantity.of(String.valueOf(Concurrently.THREADS)));
    }

    @Test
    void anOverfillIsRefusedWithNothingWritten() {
        Order order = acknowledged("over", yes, Side.BUY, "0.40", "10");
        RecordFillResult first = recordFill.record(fill(order, "a", "8", "0.40", "0"));
        Position before = store.positions().findOpenByToken(account, yes).orElseThrow();

        assertThatThrownBy(() -> recordFill.record(fill(order, "b", "2.5", "0.40", "0")))
                .isInstanceOf(OverfillException.class).hasMessageContaining("10.50000000 would exceed it");

        assertThat(reread(order)).isEqualTo(first.order());
        assertThat(store.orders().findFill(account, VENUE, FillId.of(ids.name("b")))).isEmpty();
        assertThat(store.orders().fillsOf(account, order.clientOrderId())).hasSize(1);
        assertThat(store.positions().findOpenByToken(account, yes)).contains(before);
    }

    @Test
    void oneTakerTradeAgainstSeveralMakersIsSeveralFillsByTheDerivation() {
        Order order = acknowledged("taker", yes, Side.BUY, "0.45", "30");
        String trade = ids.name("0xtrade");
        for (int pass = 0; pass < 2; pass++) { // the second pass is the REST poll after a restart
            for (String maker : List.of("0xmakerA", "0xmakerB", "0xmakerC")) {
                RecordFillResult r = recordFill.record(new RecordFillCommand(account, OrderRef.client(order.clientOrderId()),
                        FillId.derived(trade, maker), Quantity.of("10"), Price.of("0.45"), Money.ZERO, Liquidity.TAKER,
                        T));
                assertThat(r.recorded()).as("pass " + pass + " maker " + maker).isEqualTo(pass == 0);
            }
        }
        assertThat(store.orders().fillsOf(account, order.clientOrderId())).extracting(f -> f.fillId().value())
                .containsExactlyInAnyOrder("trade:" + trade + "/maker:0xmakerA", "trade:" + trade + "/maker:0xmakerB",
                        "trade:" + trade + "/maker:0xmakerC");
        assertThat(reread(order).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(store.positions().findOpenByToken(account, yes).orElseThrow().size()).isEqualTo(Quantity.of("30"));
    }

    @Test
    void aFillAfterCancelIsBookedNotedAndMovesThePosition() {
        Order order = acknowledged("late", yes, Side.BUY, "0.40", "10");
        update.update(new UpdateOrderCommand(account, OrderRef.client(order.clientOrderId()),
                new OrderUpdate.RequestCancel()));
        update.update(new UpdateOrderCommand(account, OrderRef.client(order.clientOrderId()),
                new OrderUpdate.Cancel("cancelled by the bot")));

        RecordFillResult late = recordFill.record(fill(order, "late-fill", "3", "0.40", "0"));

        assertThat(late.recorded()).isTrue();
        assertThat(late.afterCancel()).isTrue();
        assertThat(late.order().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(store.orders().findFill(account, VENUE, FillId.of(ids.name("late-fill"))).orElseThrow()
                .afterCancel()).isTrue();
        assertThat(store.positions().findOpenByToken(account, yes).orElseThrow().size()).isEqualTo(Quantity.of("3"));
    }

    @Test
    void venueMessagesAreIdempotentAndIllegalOnesNameBothStates() {
        Order order = acknowledged("msgs", yes, Side.BUY, "0.40", "10");
        OrderRef ref = OrderRef.client(order.clientOrderId());
        OrderResult repeatAck = update.update(new UpdateOrderCommand(account, ref,
                new OrderUpdate.Acknowledge(order.venueOrderId().orElseThrow())));
        assertThat(repeatAck.changed()).isFalse();
        OrderResult cancelled = update.update(new UpdateOrderCommand(account, ref, new OrderUpdate.Cancel("x")));
        assertThat(cancelled.changed()).isTrue();
        assertThat(update.update(new UpdateOrderCommand(account, ref, new OrderUpdate.Cancel("x"))).changed())
                .isFalse();
        assertThatThrownBy(() -> update.update(new UpdateOrderCommand(account, ref, new OrderUpdate.RequestCancel())))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("from CANCELLED to CANCEL_REQUESTED");
        assertThat(reread(order)).isEqualTo(cancelled.order());
        assertThatThrownBy(() -> update.update(new UpdateOrderCommand(account,
                OrderRef.client(ClientOrderId.of(ids.name("nope"))), new OrderUpdate.Expire())))
                .isInstanceOf(UnknownOrderException.class);
        assertThatThrownBy(() -> recordFill.record(new RecordFillCommand(account,
                OrderRef.client(ClientOrderId.of(ids.name("nope"))), FillId.of("f"), Quantity.of("1"), Price.of("0.1"),
                Money.ZERO, Liquidity.TAKER, T))).isInstanceOf(UnknownOrderException.class);
    }

    @Test
    void aGroupsPartialFillRiskIsDerivedFromItsOrdersFills() {
        OrderGroupId arb = OrderGroupId.of(ids.name("arb"));
        Order yesLeg = submit.submit(SubmitOrderCommand.limit(account, ClientOrderId.of(ids.name("yes-leg")), VENUE,
                market, yes, Side.BUY, Price.of("0.48"), Quantity.of("100"), OrderMode.LIVE).inGroup(arb)).order();
        Order noLeg = submit.submit(SubmitOrderCommand.limit(account, ClientOrderId.of(ids.name("no-leg")), VENUE,
                market, no, Side.BUY, Price.of("0.49"), Quantity.of("100"), OrderMode.LIVE).inGroup(arb)).order();
        CurrentOrderGroup groups = new CurrentOrderGroup(store.orders());
        assertThat(groups.of(account, arb).hasPartialFillRisk()).as("nothing filled yet").isFalse();

        recordFill.record(fill(yesLeg, "y1", "100", "0.48", "0"));
        assertThat(groups.of(account, arb).hasPartialFillRisk()).as("YES filled, NO not").isTrue();
        assertThat(groups.of(account, arb).orders()).hasSize(2);

        recordFill.record(fill(noLeg, "n1", "40", "0.49", "0"));
        assertThat(groups.of(account, arb).hasPartialFillRisk()).as("NO only partly").isTrue();
        recordFill.record(fill(noLeg, "n2", "60", "0.49", "0"));
        assertThat(groups.of(account, arb).hasPartialFillRisk()).as("both filled").isFalse();
    }

    @Test
    void fillsAndExecutionsMoveOnePositionTheSameWay() {
        Trade trade = Trade.of(account, ids.clientTrade("exec"), T, List.of(TradeLeg.filled(market, yes, Side.BUY,
                Quantity.of("10"), Price.of("0.40"), Money.of("0.01"))));
        new RecordExecution(store.trades(), store.positions(), new LedgerPosting(store.ledgers()), store.alerts(),
                store.unitOfWork())
                .record(RecordExecutionCommand.of(trade));
        Order order = acknowledged("add", yes, Side.BUY, "0.60", "10");
        RecordFillResult r = recordFill.record(fill(order, "add-1", "10", "0.60", "0.01"));
        Position p = r.position().orElseThrow();
        assertThat(p.size()).isEqualTo(Quantity.of("20"));
        assertThat(p.averageEntryPrice()).isEqualTo(Price.of("0.50"));
        assertThat(p.fees()).isEqualTo(Money.of("0.02"));
        assertThat(p.version()).isEqualTo(1);
    }
}
