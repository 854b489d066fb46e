package io.tradekit.application.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.testsupport.TestIds;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.TokenId;
import org.junit.jupiter.api.Test;

/** The command's own checks (no store); settling over a store is {@link SettleMarketContract}. */
class SettleMarketTest {
    private final TestIds ids = new TestIds();
    private final AccountId account = ids.account("bot");
    private final ConditionId market = ids.condition("m");
    private final TokenId yes = ids.token("yes");

    @Test
    void rejectsMissingFieldsNamingThem() {
        assertThatThrownBy(() -> SettleMarketCommand.of(account, market, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("winningTokenId"));
        assertThatThrownBy(() -> SettleMarketCommand.at(account, market, yes, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("settledAt"));
    }
}
