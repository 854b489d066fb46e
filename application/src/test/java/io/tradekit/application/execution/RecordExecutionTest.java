package io.tradekit.application.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.testsupport.TestIds;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Position ids and the command's own checks (no store); recording over a store is
 * {@link RecordExecutionContract}.
 */
class RecordExecutionTest {
    private static final Instant T1 = Instant.parse("2026-03-01T12:00:00Z");

    private final TestIds ids = new TestIds();
    private final AccountId account = ids.account("bot");
    private final ConditionId market = ids.condition("m");
    private final TokenId yes = ids.token("yes");

    private Trade trade(String client, Instant at, TradeLeg... legs) {
        return Trade.of(account, ids.clientTrade(client), at, List.of(legs));
    }

    private TradeLeg leg(Side side, TokenId token, String quantity, String price, String fee) {
        return TradeLeg.filled(market, token, side, Quantity.of(quantity), Price.of(price), Money.of(fee));
    }

    @Test
    void positionIdsComeFromTheOpeningExecutionAndStayWithinTheIdLimit() {
        Trade trade = trade("t1", T1, leg(Side.BUY, yes, "10", "0.40", "0"));
        assertThat(PositionIds.openedBy(trade, 2)).isEqualTo(PositionId.of(account.value() + "/" + ids.name("t1") + "#2"));

        Trade longIds = Trade.of(AccountId.of("a".repeat(150)), ClientTradeId.of("c".repeat(150)), T1, trade.legs());
        PositionId hashed = PositionIds.openedBy(longIds, 0);
        assertThat(hashed.value()).hasSizeLessThanOrEqualTo(200).startsWith("sha256:").endsWith("#0");
        assertThat(PositionIds.openedBy(longIds, 0)).isEqualTo(hashed);
        assertThat(PositionIds.openedBy(longIds, 1)).isNotEqualTo(hashed);
    }

    @Test
    void aMissingTradeIsRejectedNamingTheField() {
        assertThatThrownBy(() -> RecordExecutionCommand.of(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("trade"));
    }
}
