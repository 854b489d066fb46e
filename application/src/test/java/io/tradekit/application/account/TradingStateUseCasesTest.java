package io.tradekit.application.account;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.testdata.Ids;
import org.junit.jupiter.api.Test;

/**
 * The trading-state commands' own checks (no store); the use cases over a store are
 * {@link TradingStateUseCasesContract}.
 */
class TradingStateUseCasesTest {
    private final AccountId account = Ids.account();

    @Test
    void commandsValidateThemselves() {
        assertThatThrownBy(() -> new HaltTrading.Command(account, " ", "ops"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("reason");
        assertThatThrownBy(() -> new HaltTrading.Command(account, "why", "two words"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("by");
        assertThatThrownBy(() -> new HaltTrading.Command(null, "why", "ops"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("accountId");
        assertThatThrownBy(() -> new RestrictToReducing.Command(account, null, "ops"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("reason");
        assertThatThrownBy(() -> new ResumeTrading.Command(account, ""))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("by");
    }
}
