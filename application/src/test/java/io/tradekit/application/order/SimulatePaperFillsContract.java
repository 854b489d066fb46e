package io.tradekit.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.testsupport.MutableClock;
import io.tradekit.application.testsupport.TestIds;
import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.Liquidity;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderMode;
import io.tradekit.domain.order.OrderStatus;
import io.tradekit.domain.order.VenueId;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paper orders filled against the tape on any store: crossing limits, market at the next print, fees in bps. */
public abstract class SimulatePaperFillsContract {
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");
    private static final VenueId PAPER = VenueId.of("paper");

    protected abstract StoreUnderTest store();

    private final TestIds ids = new TestIds();
    private StoreUnderTest store;
    private MutableClock clock;
    private SubmitOrder submit;
    private SimulatePaperFills simulator;
    private AccountId account;
    private ConditionId market;
    private TokenId yes;

    @BeforeEach
    void setUp() {
        store = store();
        clock = new MutableClock(T);
        submit = new SubmitOrder(store.orders(), store.unitOfWork(), clock);
        simulator = new SimulatePaperFills(store.orders(), store.unitOfWork(), new BigDecimal("20"));
        account = ids.account("paper");
        market = ids.condition("m");
        yes = ids.token("yes");
    }

    private Order limit(String client, Side side, String price, String quantity, OrderMode mode) {
        return submit.submit(SubmitOrderCommand.limit(account, ClientOrderId.of(ids.name(client)), PAPER, market, yes,
                side, Price.of(price), Quantity.of(quantity), mode)).order();
    }

    private MarketTrade print(String id, String price, String size, int second) {
        return new MarketTrade(MarketTradeId.of(ids.name(id)), market, yes, Price.of(price), Quantity.of(size),
                Side.SELL, T.plusSeconds(second));
    }

    @Test
    void aLimitBuyFillsAtItsLimitWhenAPrintCrossesItWithTheFeeInBasisPoints() {
        Order order = limit("buy", Side.BUY, "0.40", "100", OrderMode.PAPER);
        assertThat(simulator.onPrint(account, print("p1", "0.41", "500", 1))).as("above the limit").isEmpty();

        List<RecordFillResult> fills = simulator.onPrint(account, print("p2", "0.39", "60", 2));

        assertThat(fills).singleElement().satisfies(r -> {
            assertThat(r.fill().price()).isEqualTo(Price.of("0.40"));
            assertThat(r.fill().quantity()).as("at most the print's size").isEqualTo(Quantity.of("60"));
            // 60 x 0.40 = 24, x 20 bps = 0.048
            assertThat(r.fill().fee()).isEqualTo(Money.of("0.048"));
            assertThat(r.fill().liquidity()).isEqualTo(Liquidity.MAKER);
        });
        assertThat(simulator.onPrint(account, print("p3", "0.40", "100", 3))).singleElement()
                .satisfies(r -> assertThat(r.fill().quantity()).isEqualTo(Quantity.of("40")));
        Order done = store.orders().findByClientId(account, order.clientOrderId()).orElseThrow();
        assertThat(done.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(done.mode()).isEqualTo(OrderMode.PAPER);
        assertThat(store.positions().findOpenByToken(account, yes).orElseThrow().size()).isEqualTo(Quantity.of("100"));
    }

    @Test
    void aLimitSellFillsWhenAPrintTradesAtOrAboveIt() {
        limit("sell", Side.SELL, "0.70", "10", OrderMode.PAPER);
        assertThat(simulator.onPrint(account, print("s1", "0.69", "10", 1))).isEmpty();
        assertThat(simulator.onPrint(account, print("s2", "0.70", "10", 2))).singleElement()
                .satisfies(r -> assertThat(r.order().status()).isEqualTo(OrderStatus.FILLED));
    }

    @Test
    void aMarketOrderFillsAtTheNextPrintsPrice() {
        Order order = submit.submit(SubmitOrderCommand.market(account, ClientOrderId.of(ids.name("mkt")), PAPER,
                market, yes, Side.BUY, Quantity.of("5"), OrderMode.PAPER)).order();
        assertThat(simulator.onPrint(account, print("before", "0.10", "5", 0))).as("a print not after the submit")
                .isEmpty();
        List<RecordFillResult> fills = simulator.onPrint(account, print("next", "0.55", "100", 1));
        assertThat(fills).singleElement().satisfies(r -> {
            assertThat(r.fill().price()).isEqualTo(Price.of("0.55"));
            assertThat(r.fill().liquidity()).isEqualTo(Liquidity.TAKER);
            assertThat(r.order().clientOrderId()).isEqualTo(order.clientOrderId());
        });
    }

    @Test
    void replayingAPrintBooksNothingTwiceAndLiveOrdersAreNeverSimulated() {
        limit("paper", Side.BUY, "0.40", "10", OrderMode.PAPER);
        Order live = limit("live", Side.BUY, "0.40", "10", OrderMode.LIVE);
        MarketTrade p = print("once", "0.30", "100", 1);
        assertThat(simulator.onPrint(account, p)).hasSize(1);
        assertThat(simulator.onPrint(account, p)).isEmpty();
        assertThat(store.orders().findByClientId(account, live.clientOrderId()).orElseThrow().filledQuantity())
                .isEqualTo(Quantity.ZERO);
        assertThat(store.orders().findOpen(account)).extracting(Order::mode).containsExactly(OrderMode.LIVE);
    }

    @Test
    void aPrintsSizeIsSharedAmongOrdersInCreationOrder() {
        Order first = limit("first", Side.BUY, "0.50", "10", OrderMode.PAPER);
        clock.advance(java.time.Duration.ofMillis(1));
        Order second = limit("second", Side.BUY, "0.50", "10", OrderMode.PAPER);
        List<RecordFillResult> fills = simulator.onPrint(account, print("shared", "0.45", "15", 1));
        assertThat(fills).extracting(r -> r.order().clientOrderId()).containsExactly(first.clientOrderId(),
                second.clientOrderId());
        assertThat(fills).extracting(r -> r.fill().quantity()).containsExactly(Quantity.of("10"), Quantity.of("5"));
    }

    @Test
    void aFeeAbove100PercentIsRefused() {
        assertThatThrownBy(() -> new SimulatePaperFills(store.orders(), store.unitOfWork(),
                new BigDecimal("10001"))).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("feeBps: ");
    }
}
