package io.tradekit.application.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.testsupport.CrashingStore;
import io.tradekit.application.testsupport.MutableClock;
import io.tradekit.application.testsupport.SimulatedCrash;
import io.tradekit.application.testsupport.TestIds;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Marking to market over a real store, all or nothing. Runs unchanged on any adapter: a subclass returns its
 * store from {@link #store()}. Every test works with ids of its own, so the store need not be empty.
 */
public abstract class MarkToMarketContract {
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");

    /** A store over the adapter under test; called once per test. */
    protected abstract JournalStoreUnderTest store();

    private final TestIds ids = new TestIds();
    private JournalStoreUnderTest store;
    private final MutableClock clock = new MutableClock(T.plusSeconds(600));
    private MarkToMarket markToMarket;
    private PositionTestBook book;
    private final AccountId account = ids.account("bot");
    private final ConditionId market = ids.condition("m");
    private final TokenId yes = ids.token("yes");
    private final TokenId no = ids.token("no");

    @BeforeEach
    void takeTheStore() {
        store = store();
        markToMarket = new MarkToMarket(store.positions(), store.unitOfWork(), clock);
        book = new PositionTestBook(ids, store);
    }

    @Test
    void valuesOpenPositionsAtTheGivenPricesWithoutRealizingAnything() {
        Position longYes = book.open(account, market, yes, Side.BUY, "100", "0.40", "0.10", T);
        Position shortNo = book.open(account, market, no, Side.SELL, "50", "0.60", "0", T);

        List<Position> marked = markToMarket.mark(MarkToMarketCommand.of(account,
                Map.of(yes, Price.of("0.55"), no, Price.of("0.70"))));

        Position yesNow = book.reload(longYes);
        Position noNow = book.reload(shortNo);
        assertThat(marked).containsExactlyInAnyOrder(yesNow, noNow);
        assertThat(yesNow.currentPrice()).isEqualTo(Price.of("0.55"));
        assertThat(yesNow.currentValue()).isEqualTo(Money.of("55"));
        assertThat(yesNow.unrealizedPnl()).isEqualTo(Money.of("15"));
        assertThat(yesNow.realizedPnl()).isEqualTo(Money.ZERO);
        assertThat(yesNow.updatedAt()).isEqualTo(clock.instant());
        assertThat(yesNow.version()).isEqualTo(longYes.version() + 1);
        // short 50 from 0.60 (30) now worth 35 to buy back: -5
        assertThat(noNow.unrealizedPnl()).isEqualTo(Money.of("-5"));
    }

    @Test
    void ignoresTokensWithoutAnOpenPositionAndOtherAccounts() {
        AccountId other = ids.account("other");
        Position othersYes = book.open(other, market, yes, Side.BUY, "10", "0.40", "0", T);
        Position mine = book.open(account, market, no, Side.BUY, "10", "0.40", "0", T);

        List<Position> marked = markToMarket.mark(MarkToMarketCommand.of(account,
                Map.of(yes, Price.of("0.90"), ids.token("unknown"), Price.of("0.10"))));

        assertThat(marked).isEmpty();
        assertThat(book.reload(othersYes)).isEqualTo(othersYes);
        assertThat(book.reload(mine)).isEqualTo(mine);
    }

    @Test
    void theSamePriceAgainWritesNothing() {
        book.open(account, market, yes, Side.BUY, "10", "0.40", "0", T);
        markToMarket.mark(MarkToMarketCommand.of(account, Map.of(yes, Price.of("0.55"))));
        Position once = store.positions().findOpenByToken(account, yes).orElseThrow();
        clock.advance(java.time.Duration.ofMinutes(1));

        List<Position> again = markToMarket.mark(MarkToMarketCommand.of(account, Map.of(yes, Price.of("0.55"))));

        assertThat(again).isEmpty();
        assertThat(store.positions().findOpenByToken(account, yes)).contains(once);
    }

    @Test
    void isAllOrNothing() {
        Position a = book.open(account, market, yes, Side.BUY, "10", "0.40", "0", T);
        Position b = book.open(account, market, no, Side.BUY, "10", "0.40", "0", T);
        // read the open positions, store the first mark, crash before the second
        CrashingStore crashing = CrashingStore.crashingAt(store, 3);
        MarkToMarket crashingMark = new MarkToMarket(crashing.positions(), crashing.unitOfWork(), clock);

        assertThatThrownBy(() -> crashingMark.mark(MarkToMarketCommand.of(account,
                Map.of(yes, Price.of("0.5"), no, Price.of("0.5"))))).isInstanceOf(SimulatedCrash.class);

        assertThat(book.reload(a)).isEqualTo(a);
        assertThat(book.reload(b)).isEqualTo(b);
    }
}
