package io.tradekit.adapters.postgres.order;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.Fill;
import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.Liquidity;
import io.tradekit.domain.order.VenueId;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code fills}; all columns null when a LEFT JOIN found none. */
record FillRow(String accountId, String venue, String fillId, String clientOrderId, BigDecimal quantity,
        BigDecimal price, BigDecimal fee, String liquidity, Instant filledAt, Boolean afterCancel) {

    static FillRow of(Fill f) {
        return new FillRow(f.accountId().value(), f.venue().value(), f.fillId().value(), f.clientOrderId().value(),
                f.quantity().value(), f.price().value(), f.fee().amount(), f.liquidity().name(),
                Bounds.storable(f.filledAt(), "filledAt"), f.afterCancel());
    }

    boolean present() {
        return fillId != null;
    }

    Fill toFill() {
        return new Fill(AccountId.of(accountId), VenueId.of(venue), FillId.of(fillId), ClientOrderId.of(clientOrderId),
                Quantity.of(quantity), Price.of(price), Money.of(fee), Liquidity.valueOf(liquidity), filledAt,
                afterCancel);
    }
}
