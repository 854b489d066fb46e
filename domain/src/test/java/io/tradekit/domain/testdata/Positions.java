package io.tradekit.domain.testdata;

import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.TokenId;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Builds positions through their real transitions: {@code Positions.open(account).token(t).size("10").price("0.4").build()}.
 * Unset fields: fresh ids, LONG, size 10 at 0.50, no fee, no event, opened at {@link Instants#T0}.
 * {@link #closed} and {@link #settledLosing} make closes with an exact realized P&amp;L and fees.
 */
public final class Positions {
    private final AccountId accountId;
    private PositionId id = Ids.position();
    private ConditionId conditionId;
    private TokenId tokenId;
    private EventId eventId;
    private PositionSide side = PositionSide.LONG;
    private Quantity size = Quantity.of("10");
    private Price price = Price.of("0.50");
    private Money fee = Money.ZERO;
    private Instant openedAt = Instants.T0;

    private Positions(AccountId accountId) {
        this.accountId = accountId;
    }

    public static Positions open(AccountId accountId) {
        return new Positions(accountId);
    }

    public Positions id(PositionId id) {
        this.id = id;
        return this;
    }

    public Positions condition(ConditionId conditionId) {
        this.conditionId = conditionId;
        return this;
    }

    public Positions token(TokenId tokenId) {
        this.tokenId = tokenId;
        return this;
    }

    public Positions event(EventId eventId) {
        this.eventId = eventId;
        return this;
    }

    public Positions side(PositionSide side) {
        this.side = side;
        return this;
    }

    public Positions size(String size) {
        this.size = Quantity.of(size);
        return this;
    }

    public Positions price(String price) {
        this.price = Price.of(price);
        return this;
    }

    public Positions fee(String fee) {
        this.fee = Money.of(fee);
        return this;
    }

    public Positions at(Instant openedAt) {
        this.openedAt = openedAt;
        return this;
    }

    /** The freshly opened position (version 0). */
    public Position build() {
        return Position.open(id, accountId, conditionId != null ? conditionId : Ids.condition(),
                tokenId != null ? tokenId : Ids.token(), eventId, side, size, price, fee, openedAt);
    }

    /**
     * A LONG position of 100 at 0.50 (fee {@code fees}) opened an hour before {@code closedAt} and closed then
     * at the price that realizes exactly {@code realized} (gross, before fees; within [-50, 50], at most 6
     * decimals). Its net P&amp;L is {@code realized - fees}.
     */
    public static Position closed(AccountId account, ConditionId condition, TokenId token, String realized,
            String fees, Instant closedAt) {
        BigDecimal exit = new BigDecimal("0.50").add(new BigDecimal(realized).movePointLeft(2));
        return Position.open(Ids.position(), account, condition, token, null, PositionSide.LONG, Quantity.of("100"),
                        Price.of("0.50"), Money.of(fees), closedAt.minusSeconds(3600))
                .close(Price.of(exit), Money.ZERO, closedAt);
    }

    /** A LONG position of {@code size} at {@code price} settled at 0 at {@code settledAt}: realizes minus its cost. */
    public static Position settledLosing(AccountId account, ConditionId condition, TokenId token, String size,
            String price, String fee, Instant settledAt) {
        return Position.open(Ids.position(), account, condition, token, null, PositionSide.LONG, Quantity.of(size),
                Price.of(price), Money.of(fee), settledAt.minusSeconds(3600)).settle(false, settledAt);
    }
}
