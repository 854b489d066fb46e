package io.tradekit.application.sizing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.risk.OrderScope;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.testdata.Ids;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The sizing command's own checks (no store); sizing over a store is {@link PositionSizerContract}. */
class PositionSizerTest {
    private static final Money EQUITY = Money.of("1000");

    private final OrderScope scope = new OrderScope(Ids.account(), Ids.condition(), Ids.event(), Ids.token());

    @Test
    void theCommandValidatesItself() {
        assertThatThrownBy(() -> new SizeOrder(scope, Side.SELL, Price.of("0.5"), FractionalKelly.of("0.6", "1", "1"),
                EQUITY)).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("side");
        assertThatThrownBy(() -> new SizeOrder(scope, Side.BUY, Price.of("1.5"), FractionalKelly.of("0.6", "1", "1"),
                EQUITY)).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("price");
        assertThatThrownBy(() -> new SizeOrder(scope, Side.BUY, Price.ZERO, FixedFractional.of("0.1"), EQUITY))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("price");
        assertThatThrownBy(() -> new SizeOrder(scope, Side.BUY, Price.of("0.5"), null, EQUITY))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("rule");
        // a rule of more than 1 is refused where it is built
        assertThatThrownBy(() -> new FixedFractional(new BigDecimal("1.01")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("riskFraction");
    }
}
