package io.tradekit.application.backtest;

import io.tradekit.application.risk.ProposedOrder;
import io.tradekit.domain.shared.Decimals;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fills the whole order at its price moved against it by {@code slippageBps} (a buy pays more, a sell gets less,
 * rounded to the kit's 8 decimals against the trader), for a fee of {@code feeBps} of the filled notional
 * (rounded HALF_EVEN to 8 decimals).
 */
public record FeeFillModel(BigDecimal feeBps, BigDecimal slippageBps) implements FillModel {
    private static final BigDecimal BPS = BigDecimal.valueOf(10_000);

    public FeeFillModel {
        feeBps = basisPoints(feeBps, "feeBps");
        slippageBps = basisPoints(slippageBps, "slippageBps");
    }

    public static FeeFillModel feeOnly(BigDecimal feeBps) {
        return new FeeFillModel(feeBps, BigDecimal.ZERO);
    }

    @Override
    public Fill fill(ProposedOrder order) {
        Price price = order.price();
        if (slippageBps.signum() != 0) {
            BigDecimal shift = price.value().multiply(slippageBps).divide(BPS);
            price = order.side() == Side.BUY
                    ? Price.of(price.value().add(shift).setScale(Decimals.SCALE, RoundingMode.CEILING))
                    : Price.of(price.value().subtract(shift).max(BigDecimal.ZERO).setScale(Decimals.SCALE,
                            RoundingMode.FLOOR));
        }
        Money fee = Money.rounded(price.times(order.quantity()).amount().multiply(feeBps).divide(BPS));
        return new Fill(order.quantity(), price, fee);
    }

    private static BigDecimal basisPoints(BigDecimal value, String field) {
        Require.nonNull(value, field);
        if (value.signum() < 0 || value.compareTo(BPS) > 0) {
            throw new InvalidValueException(field, "must lie in [0, 10000], got " + value.toPlainString());
        }
        return value;
    }
}
