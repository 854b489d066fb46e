package io.tradekit.domain.order;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.time.Instant;

/**
 * One execution of part of an order, booked once by (account, venue, fill id).
 *
 * @param afterCancel true when the order was already CANCELLED or EXPIRED when the fill was booked: venues
 *                    fill orders whose cancel crossed the fill, and the fill still counts (noted, not refused)
 */
public record Fill(
        AccountId accountId,
        VenueId venue,
        FillId fillId,
        ClientOrderId clientOrderId,
        Quantity quantity,
        Price price,
        Money fee,
        Liquidity liquidity,
        Instant filledAt,
        boolean afterCancel) {

    public Fill {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(venue, "venue");
        Require.nonNull(fillId, "fillId");
        Require.nonNull(clientOrderId, "clientOrderId");
        Require.nonNull(quantity, "quantity");
        Require.nonNull(price, "price");
        Require.nonNull(fee, "fee");
        Require.nonNull(liquidity, "liquidity");
        filledAt = Times.micros(filledAt, "filledAt");
        if (!quantity.isPositive()) {
            throw new InvalidValueException("quantity", "a fill has a positive quantity, got " + quantity);
        }
        if (fee.isNegative()) {
            throw new InvalidValueException("fee", "must not be negative, got " + fee);
        }
    }

    /** A fill as the venue reports it (not yet booked on its order). */
    public static Fill of(AccountId accountId, VenueId venue, FillId fillId, ClientOrderId clientOrderId,
            Quantity quantity, Price price, Money fee, Liquidity liquidity, Instant filledAt) {
        return new Fill(accountId, venue, fillId, clientOrderId, quantity, price, fee, liquidity, filledAt, false);
    }

    Fill bookedAfterCancel() {
        return new Fill(accountId, venue, fillId, clientOrderId, quantity, price, fee, liquidity, filledAt, true);
    }

    /** Price times quantity. */
    public Money notional() {
        return price.times(quantity);
    }

    /** The same logical fill (same key and figures), whatever the afterCancel note says. */
    public boolean sameFillAs(Fill other) {
        return accountId.equals(other.accountId) && venue.equals(other.venue) && fillId.equals(other.fillId)
                && clientOrderId.equals(other.clientOrderId) && quantity.equals(other.quantity)
                && price.equals(other.price) && fee.equals(other.fee) && liquidity == other.liquidity
                && filledAt.equals(other.filledAt);
    }
}
