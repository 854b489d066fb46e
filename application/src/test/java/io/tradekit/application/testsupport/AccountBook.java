package io.tradekit.application.testsupport;

import io.tradekit.application.ledger.LedgerPosting;
import io.tradekit.application.ledger.Posting;
import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Positions;
import io.tradekit.domain.testdata.Trades;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Writes an account's history through the real ports of a store (any adapter): positions opened, marked and
 * closed through their own transitions, trades inserted as executions, and what they realize and pay booked to
 * the account's ledger by the kit's own {@link LedgerPosting}. No figure is faked.
 */
public final class AccountBook {
    private final StoreUnderTest store;
    private final AccountId account;

    public AccountBook(StoreUnderTest store, AccountId account) {
        this.store = store;
        this.account = account;
    }

    public AccountId account() {
        return account;
    }

    /** Opens a LONG position of {@code size} at {@code price}: its cost basis is size x price. */
    public Position open(ConditionId condition, EventId event, TokenId token, String size, String price, Instant at) {
        return store.positions().insert(Positions.open(account).condition(condition).event(event).token(token)
                .side(PositionSide.LONG).size(size).price(price).at(at).build());
    }

    public Position openShort(ConditionId condition, TokenId token, String size, String price, Instant at) {
        return store.positions().insert(Positions.open(account).condition(condition).token(token)
                .side(PositionSide.SHORT).size(size).price(price).at(at).build());
    }

    public Position mark(Position position, String price, Instant at) {
        return store.positions().update(position.markToMarket(Price.of(price), at));
    }

    /**
     * Opens LONG 1000 at 0.50 an hour before {@code closedAt} and closes it then at 0.50 + realized / 1000, so it
     * realizes exactly {@code realized} (gross, within [-500, +infinity), at most 5 decimals) and nets
     * {@code realized - fee}.
     */
    public Position closeWith(String realized, String fee, Instant closedAt) {
        Position opened = store.positions().insert(Positions.open(account).condition(Ids.condition())
                .token(Ids.token()).size("1000").price("0.50").at(closedAt.minusSeconds(3600)).build());
        Price exit = Price.of(new BigDecimal("0.50").add(new BigDecimal(realized).movePointLeft(3)));
        Position closed = store.positions().update(opened.close(exit, Money.of(fee), closedAt));
        // as before the ledger: the close's fee counts in its net P&L; fees of the day come from trade()
        new LedgerPosting(store.ledgers()).post(Posting.at(account, closedAt).moved(opened, closed));
        return closed;
    }

    /** One execution with a single filled leg of 10 at 0.50 paying {@code fee}. */
    public void trade(String fee, Instant at) {
        store.trades().insertIfAbsent(Trades.trade(account).at(at)
                .leg(Trades.filled(Ids.condition(), Ids.token(), Side.BUY, "10", "0.50", fee)).build());
        new LedgerPosting(store.ledgers()).post(Posting.at(account, at).paid(Money.of(fee)).trade());
    }

    /** An execution whose only leg failed (nothing filled, no fee). */
    public void failedTrade(Instant at) {
        store.trades().insertIfAbsent(Trades.trade(account).at(at)
                .leg(Trades.failed(Ids.condition(), Ids.token(), Side.BUY, "10", "0.50")).build());
    }
}
