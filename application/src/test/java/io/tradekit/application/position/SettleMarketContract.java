package io.tradekit.application.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.ledger.LedgerPosting;
import io.tradekit.application.testsupport.CrashingStore;
import io.tradekit.application.testsupport.MutableClock;
import io.tradekit.application.testsupport.SimulatedCrash;
import io.tradekit.application.testsupport.TestIds;
import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionStatus;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Settling a resolved market over a real store, all or nothing. Runs unchanged on any adapter: a subclass
 * returns its store from {@link #store()}. Every test works with ids of its own, so the store need not be empty.
 */
public abstract class SettleMarketContract {
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant RESOLVED = T.plusSeconds(3600);

    /** A store over the adapter under test; called once per test. */
    protected abstract StoreUnderTest store();

    private final TestIds ids = new TestIds();
    private StoreUnderTest store;
    private final MutableClock clock = new MutableClock(T.plusSeconds(7200));
    private SettleMarket settleMarket;
    private PositionTestBook book;
    private final AccountId account = ids.account("bot");
    private final ConditionId market = ids.condition("m");
    private final TokenId yes = ids.token("yes");
    private final TokenId no = ids.token("no");

    @BeforeEach
    void takeTheStore() {
        store = store();
        settleMarket = new SettleMarket(store.positions(), new LedgerPosting(store.ledgers()), store.unitOfWork(), clock);
        book = new PositionTestBook(ids, store);
    }

    @Test
    void theWinningTokenPaysOneAndTheOthersZero() {
        Position winner = book.open(account, market, yes, Side.BUY, "100", "0.40", "0.10", T);
        Position loser = book.open(account, market, no, Side.BUY, "50", "0.55", "0.05", T);

        SettleMarketResult result = settleMarket.settle(SettleMarketCommand.at(account, market, yes, RESOLVED));

        Position won = book.reload(winner);
        Position lost = book.reload(loser);
        assertThat(result.settled()).containsExactlyInAnyOrder(won, lost);
        // 100 at 1 against 40 of cost: +60; 50 at 0 against 27.50: -27.50
        assertThat(won.realizedPnl()).isEqualTo(Money.of("60"));
        assertThat(won.netRealizedPnl()).isEqualTo(Money.of("59.90"));
        assertThat(won.currentPrice()).isEqualTo(Price.ONE);
        assertThat(lost.realizedPnl()).isEqualTo(Money.of("-27.5"));
        assertThat(lost.currentPrice()).isEqualTo(Price.ZERO);
        assertThat(result.realizedBySettlement()).isEqualTo(Money.of("32.5"));
        for (Position p : result.settled()) {
            assertThat(p.status()).isEqualTo(PositionStatus.SETTLED);
            assertThat(p.size()).isEqualTo(Quantity.ZERO);
            assertThat(p.closedAt()).contains(RESOLVED);
        }
        assertThat(store.positions().findOpenByCondition(account, market)).isEmpty();
    }

    @Test
    void aShortInALosingTokenKeepsWhatItSold() {
        Position shortNo = book.open(account, market, no, Side.SELL, "50", "0.30", "0", T);

        settleMarket.settle(SettleMarketCommand.at(account, market, yes, RESOLVED));

        assertThat(book.reload(shortNo).realizedPnl()).isEqualTo(Money.of("15"));
    }

    @Test
    void settlingAgainChangesNothing() {
        Position winner = book.open(account, market, yes, Side.BUY, "100", "0.40", "0", T);
        settleMarket.settle(SettleMarketCommand.at(account, market, yes, RESOLVED));
        Position settled = book.reload(winner);

        SettleMarketResult again = settleMarket.settle(SettleMarketCommand.at(account, market, no, RESOLVED.plusSeconds(5)));

        assertThat(again.settled()).isEmpty();
        assertThat(again.realizedBySettlement()).isEqualTo(Money.ZERO);
        assertThat(book.reload(winner)).isEqualTo(settled);
    }

    @Test
    void leavesOtherMarketsAndOtherAccountsOpen() {
        ConditionId otherMarket = ids.condition("other");
        AccountId otherAccount = ids.account("other");
        Position elsewhere = book.open(account, otherMarket, ids.token("x"), Side.BUY, "10", "0.40", "0", T);
        Position theirs = book.open(otherAccount, market, yes, Side.BUY, "10", "0.40", "0", T);

        settleMarket.settle(SettleMarketCommand.at(account, market, yes, RESOLVED));

        assertThat(book.reload(elsewhere)).isEqualTo(elsewhere);
        assertThat(book.reload(theirs)).isEqualTo(theirs);
    }

    @Test
    void withoutAResolutionTimeSettlesAtTheClock() {
        Position winner = book.open(account, market, yes, Side.BUY, "10", "0.40", "0", T);

        settleMarket.settle(SettleMarketCommand.of(account, market, yes));

        assertThat(book.reload(winner).closedAt()).contains(clock.instant());
    }

    @Test
    void isAllOrNothing() {
        Position a = book.open(account, market, yes, Side.BUY, "10", "0.40", "0", T);
        Position b = book.open(account, market, no, Side.BUY, "10", "0.40", "0", T);
        // read the open positions, settle the first, crash before the second
        CrashingStore crashing = CrashingStore.crashingAt(store, 3);
        SettleMarket crashingSettle = new SettleMarket(crashing.positions(), new LedgerPosting(crashing.ledgers()), crashing.unitOfWork(), clock);

        assertThatThrownBy(() -> crashingSettle.settle(SettleMarketCommand.at(account, market, yes, RESOLVED)))
                .isInstanceOf(SimulatedCrash.class);

        assertThat(book.reload(a)).isEqualTo(a);
        assertThat(book.reload(b)).isEqualTo(b);
        assertThat(settleMarket.settle(SettleMarketCommand.at(account, market, yes, RESOLVED)).settled()).hasSize(2);
    }
}
