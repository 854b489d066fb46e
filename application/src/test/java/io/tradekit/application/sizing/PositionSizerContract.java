package io.tradekit.application.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.account.HaltTrading;
import io.tradekit.application.testsupport.AccountBook;
import io.tradekit.application.testsupport.CountingRiskSnapshotQuery;
import io.tradekit.application.testsupport.CountingTradingStateRepository;
import io.tradekit.application.testsupport.MutableClock;
import io.tradekit.application.risk.OrderEffect;
import io.tradekit.application.risk.OrderScope;
import io.tradekit.application.risk.PreTradeRiskCheck;
import io.tradekit.application.risk.RiskLimits;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.testdata.Ids;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sizing over a real store and the real risk check. Runs unchanged on any adapter: a subclass returns its
 * store from {@link #store()}. Every test works in an account of its own, so the store need not be empty.
 */
public abstract class PositionSizerContract {
    private static final Instant NOW = Instant.parse("2024-05-02T15:00:00Z");
    private static final Money EQUITY = Money.of("1000");

    /** A store over the adapter under test; called once per test. */
    protected abstract JournalStoreUnderTest store();

    private JournalStoreUnderTest store;
    private AccountBook book;
    private final AccountId account = Ids.account();
    private final ConditionId market = Ids.condition();
    private final EventId event = Ids.event();
    private final TokenId token = Ids.token();
    private final OrderScope scope = new OrderScope(account, market, event, token);
    private final MutableClock clock = new MutableClock(NOW);

    @BeforeEach
    void openTheAccountBook() {
        store = store();
        book = new AccountBook(store, account);
    }

    private PositionSizer sizer(RiskLimits limits) {
        return new PositionSizer(new PreTradeRiskCheck(store.riskSnapshots(), store.tradingStates(), clock, limits));
    }

    private SizeOrder buyAt(String price, SizingRule rule) {
        return new SizeOrder(scope, Side.BUY, Price.of(price), rule, EQUITY);
    }

    @Test
    void aSizeWithinTheLimitsIsKeptAsTheRuleAskedIt() {
        // p 0.60 at 0.50: f* 0.2, quarter Kelly 0.05 (cap 0.10): stake 50 -> 100 tokens
        SizedOrder sized = sizer(RiskLimits.builder().maxOrderNotional(Money.of("50")).build())
                .size(buyAt("0.50", FractionalKelly.of("0.60", "0.25", "0.10")));

        assertThat(sized.outcome()).isEqualTo(SizedOrder.Outcome.AS_REQUESTED);
        assertThat(sized.quantity()).isEqualTo(Quantity.of("100"));
        assertThat(sized.requested()).isEqualTo(Quantity.of("100"));
        assertThat(sized.fractionOfEquity()).isEqualByComparingTo("0.05");
        assertThat(sized.limitedBy()).isEmpty();
        assertThat(sized.decision().allowed()).isTrue();
    }

    @Test
    void shrinksToTheMarketExposureHeadroom() {
        // 50 already in the market (100 at 0.50), limit 80: headroom 30 -> 30 / 0.50 = 60 tokens
        book.open(market, event, Ids.token(), "100", "0.50", NOW.minus(Duration.ofHours(1)));

        SizedOrder sized = sizer(RiskLimits.builder().maxMarketExposure(Money.of("80")).build())
                .size(buyAt("0.50", FractionalKelly.of("0.60", "0.25", "0.10")));

        assertThat(sized.outcome()).isEqualTo(SizedOrder.Outcome.SHRUNK_TO_LIMITS);
        assertThat(sized.requested()).isEqualTo(Quantity.of("100"));
        assertThat(sized.quantity()).isEqualTo(Quantity.of("60"));
        assertThat(sized.limitedBy()).extracting(b -> b.limit()).containsExactly("maxMarketExposure");
        assertThat(sized.decision().allowed()).isTrue();
        assertThat(sized.decision().order().quantity()).isEqualTo(Quantity.of("60"));
    }

    @Test
    void shrinksToTheTightestOfSeveralLinearLimits() {
        // 10 % of 1000 at 0.50 asks 200 tokens (notional 100). Order notional limit 40 leaves 40;
        // capital at risk 75 open against 100 leaves 25: the tighter gives 25 / 0.50 = 50 tokens
        book.open(Ids.condition(), null, Ids.token(), "150", "0.50", NOW.minus(Duration.ofHours(1)));

        SizedOrder sized = sizer(RiskLimits.builder().maxOrderNotional(Money.of("40"))
                .maxCapitalAtRisk(Money.of("100")).build()).size(buyAt("0.50", FixedFractional.of("0.10")));

        assertThat(sized.requested()).isEqualTo(Quantity.of("200"));
        assertThat(sized.quantity()).isEqualTo(Quantity.of("50"));
        assertThat(sized.limitedBy()).extracting(b -> b.limit()).containsExactly("maxOrderNotional", "maxCapitalAtRisk");
    }

    @Test
    void anUnevenHeadroomIsRoundedDownAndStillPasses() {
        // 70 open in the market, limit 80: headroom 10 at 0.30 -> 33.33333333 tokens, notional 9.999999999 -> 10.00000000
        book.open(market, null, Ids.token(), "140", "0.50", NOW.minus(Duration.ofHours(1)));

        SizedOrder sized = sizer(RiskLimits.builder().maxMarketExposure(Money.of("80")).build())
                .size(buyAt("0.30", FixedFractional.of("0.10")));

        assertThat(sized.quantity()).isEqualTo(Quantity.of("33.33333333"));
        assertThat(sized.decision().order().notional()).isEqualTo(Money.of("10"));
        assertThat(sized.decision().allowed()).isTrue();
    }

    @Test
    void aStateOrCountLimitGivesZeroWithTheReasons() {
        book.open(market, event, Ids.token(), "100", "0.50", NOW.minus(Duration.ofHours(1)));
        new HaltTrading(store.tradingStates(), store.auditTrail(), store.alerts(), store.unitOfWork(), clock).halt(new HaltTrading.Command(account, "manual", "ops"));

        SizedOrder sized = sizer(RiskLimits.builder().maxMarketExposure(Money.of("80")).build())
                .size(buyAt("0.50", FixedFractional.of("0.10")));

        assertThat(sized.outcome()).isEqualTo(SizedOrder.Outcome.ZERO_BY_LIMITS);
        assertThat(sized.isZero()).isTrue();
        assertThat(sized.requested()).isEqualTo(Quantity.of("200"));
        // every reason of the requested size, the linear one included
        assertThat(sized.limitedBy()).extracting(b -> b.limit()).containsExactly("tradingState", "maxMarketExposure");
        assertThat(sized.decision().rejected()).isTrue();
    }

    @Test
    void aDailyLossAtItsLimitGivesZero() {
        book.closeWith("-20", "0", NOW.minus(Duration.ofHours(2)));

        SizedOrder sized = sizer(RiskLimits.builder().maxDailyLoss(Money.of("20")).build())
                .size(buyAt("0.50", FixedFractional.of("0.01")));

        assertThat(sized.quantity()).isEqualTo(Quantity.ZERO);
        assertThat(sized.limitedBy()).extracting(b -> b.actualValue()).containsExactly("20.00000000");
    }

    @Test
    void noEdgeMeansNoOrderAndNothingJudged() {
        SizedOrder sized = sizer(RiskLimits.none()).size(buyAt("0.50", FractionalKelly.of("0.45", "0.5", "0.2")));

        assertThat(sized.outcome()).isEqualTo(SizedOrder.Outcome.ZERO_BY_RULE);
        assertThat(sized.quantity()).isEqualTo(Quantity.ZERO);
        assertThat(sized.riskDecision()).isEmpty();
    }

    @Test
    void withoutAGivenEquityTheAccountsOwnIsUsed() {
        // start 1000; closes +60 and -10 (net 50); open 100 at 0.50 marked 0.60 (+10): equity 1060
        // 5 % -> stake 53 -> at 0.40: 132.5 tokens
        book.closeWith("60", "0", NOW.minus(Duration.ofDays(2)));
        book.closeWith("-10", "0", NOW.minus(Duration.ofDays(1)));
        Position held = book.open(Ids.condition(), null, Ids.token(), "100", "0.50", NOW.minus(Duration.ofHours(3)));
        book.mark(held, "0.60", NOW.minus(Duration.ofHours(1)));
        RiskLimits limits = RiskLimits.builder().startingCapital(Money.of("1000")).build();

        SizedOrder sized = sizer(limits).size(SizeOrder.onAccountEquity(scope, Side.BUY, Price.of("0.40"),
                FixedFractional.of("0.05")));

        assertThat(sized.equity()).isEqualTo(Money.of("1060"));
        assertThat(sized.quantity()).isEqualTo(Quantity.of("132.5"));
    }

    @Test
    void withoutEquityOrStartingCapitalThereIsNothingToSizeOn() {
        assertThatThrownBy(() -> sizer(RiskLimits.none()).size(SizeOrder.onAccountEquity(scope, Side.BUY,
                Price.of("0.40"), FixedFractional.of("0.05"))))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("equity");
    }

    @Test
    void aReversalBlockedByTheStateShrinksToClosingTheHeldPosition() {
        // held LONG 100; 5 % of 1000 at 0.25 asks SELL 200 (a reversal); HALTED -> the exit of 100 passes
        book.open(market, event, token, "100", "0.50", NOW.minus(Duration.ofHours(1)));
        new HaltTrading(store.tradingStates(), store.auditTrail(), store.alerts(), store.unitOfWork(), clock).halt(new HaltTrading.Command(account, "manual", "ops"));

        SizedOrder sized = sizer(RiskLimits.none())
                .size(new SizeOrder(scope, Side.SELL, Price.of("0.25"), FixedFractional.of("0.05"), EQUITY));

        assertThat(sized.requested()).isEqualTo(Quantity.of("200"));
        assertThat(sized.quantity()).isEqualTo(Quantity.of("100"));
        assertThat(sized.outcome()).isEqualTo(SizedOrder.Outcome.SHRUNK_TO_LIMITS);
        assertThat(sized.decision().effect()).isEqualTo(OrderEffect.REDUCES);
        assertThat(sized.limitedBy()).extracting(b -> b.limit()).containsExactly("tradingState");
    }

    @Test
    void sizingCostsTheCheckTwoReadsEvenWhenItShrinks() {
        book.open(market, event, Ids.token(), "100", "0.50", NOW.minus(Duration.ofHours(1)));
        CountingRiskSnapshotQuery snapshots = new CountingRiskSnapshotQuery(store.riskSnapshots());
        CountingTradingStateRepository states = new CountingTradingStateRepository(store.tradingStates());
        PositionSizer sizer = new PositionSizer(new PreTradeRiskCheck(snapshots, states, clock,
                RiskLimits.builder().maxMarketExposure(Money.of("80")).build()));

        SizedOrder sized = sizer.size(buyAt("0.50", FixedFractional.of("0.10")));

        assertThat(sized.outcome()).isEqualTo(SizedOrder.Outcome.SHRUNK_TO_LIMITS);
        assertThat(snapshots.calls()).isEqualTo(1);
        assertThat(states.finds()).isEqualTo(1);
    }
}
