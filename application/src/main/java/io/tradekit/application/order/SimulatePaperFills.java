package io.tradekit.application.order;

import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.Liquidity;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderMode;
import io.tradekit.domain.order.OrderRef;
import io.tradekit.domain.order.OrderRepository;
import io.tradekit.domain.order.OrderStatus;
import io.tradekit.domain.order.OrderType;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.tape.MarketTrade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the account's open PAPER orders against the tape, one print at a time, through {@link RecordFill}: the
 * same tables, queries and position moves as LIVE orders, told apart by {@link OrderMode}.
 *
 * <p>Rules: only prints after the order was submitted count. A LIMIT BUY fills when a print trades at or below
 * its limit, a LIMIT SELL at or above, at the limit price (a resting order is filled at its own price); a MARKET
 * order fills at the next print's price. A print fills at most its own size, shared among the orders in
 * creation order. The fee is {@code price x quantity x feeBps / 10000}, the order is the taker for a market
 * order and the maker for a limit one. The fill id is {@link FillId#derived}(print id, client order id), so
 * replaying the same tape books nothing twice.
 */
public final class SimulatePaperFills {
    private static final BigDecimal BPS = new BigDecimal("10000");
    private final OrderRepository orders;
    private final RecordFill recordFill;
    private final BigDecimal feeBps;

    public SimulatePaperFills(OrderRepository orders, UnitOfWork unitOfWork, BigDecimal feeBps) {
        this.orders = Require.nonNull(orders, "orders");
        this.recordFill = new RecordFill(orders, unitOfWork);
        this.feeBps = Require.nonNegative(feeBps, "feeBps");
        if (feeBps.compareTo(BPS) > 0) {
            throw new InvalidValueException("feeBps", "at most 10000 (100%), got " + feeBps.toPlainString());
        }
    }

    /** The fills this print gave the account's open paper orders in its token (empty when none crossed). */
    public List<RecordFillResult> onPrint(AccountId accountId, MarketTrade print) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(print, "print");
        List<RecordFillResult> results = new ArrayList<>();
        Quantity left = print.size();
        for (Order o : orders.findOpen(accountId)) {
            if (!left.isPositive()) {
                break;
            }
            if (o.mode() != OrderMode.PAPER || !o.tokenId().equals(print.tokenId())
                    || !print.timestamp().isAfter(submittedAt(o))) {
                continue;
            }
            Price price = o.type() == OrderType.MARKET ? print.price() : crossedLimit(o, print);
            if (price == null) {
                continue;
            }
            Quantity quantity = o.remainingQuantity().compareTo(left) <= 0 ? o.remainingQuantity() : left;
            Money fee = price.times(quantity).times(feeBps).times(BigDecimal.ONE.divide(BPS));
            RecordFillResult r = recordFill.record(new RecordFillCommand(accountId,
                    OrderRef.client(o.clientOrderId()), FillId.derived(print.tradeId().value(),
                            o.clientOrderId().value()), quantity, price, fee,
                    o.type() == OrderType.MARKET ? Liquidity.TAKER : Liquidity.MAKER, print.timestamp()));
            if (r.recorded()) {
                left = left.minus(quantity);
                results.add(r);
            }
        }
        return List.copyOf(results);
    }

    private static Instant submittedAt(Order o) {
        return o.enteredAt(OrderStatus.SUBMITTED).orElseGet(() -> o.enteredAt(OrderStatus.NEW).orElseThrow());
    }

    private static Price crossedLimit(Order o, MarketTrade print) {
        Price limit = o.limitPrice().orElseThrow();
        boolean crossed = o.side() == Side.BUY ? print.price().compareTo(limit) <= 0
                : print.price().compareTo(limit) >= 0;
        return crossed ? limit : null;
    }
}
