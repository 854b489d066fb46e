package io.tradekit.application.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.testsupport.TestIds;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.TokenId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command's own checks (no store); marking over a store is {@link MarkToMarketContract}. */
class MarkToMarketTest {
    private final TestIds ids = new TestIds();
    private final AccountId account = ids.account("bot");
    private final TokenId yes = ids.token("yes");

    @Test
    void rejectsMissingPricesNamingTheField() {
        Map<TokenId, Price> withNull = new HashMap<>();
        withNull.put(yes, null);
        assertThatThrownBy(() -> MarkToMarketCommand.of(account, withNull))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("prices"));
        assertThatThrownBy(() -> MarkToMarketCommand.of(null, Map.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("accountId"));
    }
}
