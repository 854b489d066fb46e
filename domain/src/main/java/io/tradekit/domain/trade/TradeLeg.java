package io.tradekit.domain.trade;

import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;

/**
 * One leg of an execution: a side of one token, the quantity asked for and the quantity filled at
 * an (average) price, with its fee. The status must agree with the quantities.
 */
public record TradeLeg(
        ConditionId conditionId,
        TokenId tokenId,
        Side side,
        Quantity requestedQuantity,
        Quantity filledQuantity,
        Price price,
        Money fee,
        LegStatus status) {

    public TradeLeg {
        Require.nonNull(conditionId, "conditionId");
        Require.nonNull(tokenId, "tokenId");
        Require.nonNull(side, "side");
        Require.nonNull(requestedQuantity, "requestedQuantity");
        Require.nonNull(filledQuantity, "filledQuantity");
        Require.nonNull(price, "price");
        Require.nonNull(fee, "fee");
        Require.nonNull(status, "status");
        if (!requestedQuantity.isPositive()) {
            throw new InvalidValueException("requestedQuantity", "must be positive, got " + requestedQuantity);
        }
        if (filledQuantity.compareTo(requestedQuantity) > 0) {
            throw new InvalidValueException("filledQuantity",
                    filledQuantity + " exceeds the requested " + requestedQuantity);
        }
        if (fee.isNegative()) {
            throw new InvalidValueException("fee", "must not be negative, got " + fee);
        }
        LegStatus implied = filledQuantity.isZero() ? LegStatus.FAILED
                : filledQuantity.compareTo(requestedQuantity) == 0 ? LegStatus.FILLED : LegStatus.PARTIAL;
        if (status != implied) {
            throw new InvalidValueException("status", status + " contradicts filled " + filledQuantity
                    + " of requested " + requestedQuantity + " (that is " + implied + ")");
        }
    }

    public static TradeLeg filled(ConditionId conditionId, TokenId tokenId, Side side, Quantity quantity, Price price, Money fee) {
        return new TradeLeg(conditionId, tokenId, side, quantity, quantity, price, fee, LegStatus.FILLED);
    }

    public static TradeLeg partial(ConditionId conditionId, TokenId tokenId, Side side, Quantity requested,
            Quantity filled, Price price, Money fee) {
        return new TradeLeg(conditionId, tokenId, side, requested, filled, price, fee, LegStatus.PARTIAL);
    }

    public static TradeLeg failed(ConditionId conditionId, TokenId tokenId, Side side, Quantity requested, Price price) {
        return new TradeLeg(conditionId, tokenId, side, requested, Quantity.ZERO, price, Money.ZERO, LegStatus.FAILED);
    }

    /** True when some quantity was executed (FILLED or PARTIAL): only that part moves a position. */
    public boolean hasFill() {
        return filledQuantity.isPositive();
    }

    /** Price times filled quantity. */
    public Money notional() {
        return price.times(filledQuantity);
    }
}
