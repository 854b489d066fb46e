package io.tradekit.domain.testdata;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.trigger.Trigger;
import java.time.Instant;

/** Builds triggers: {@code Triggers.trigger(account, condition, token, "0.95")}, fired by a fresh print. */
public final class Triggers {
    private Triggers() {
    }

    /** Fired at {@link Instants#T0} by a print at 0.97 one second earlier. */
    public static Trigger trigger(AccountId account, ConditionId condition, TokenId token, String threshold) {
        return trigger(account, condition, token, threshold, "0.97", Instants.T0);
    }

    public static Trigger trigger(AccountId account, ConditionId condition, TokenId token, String threshold,
            String price, Instant firedAt) {
        return new Trigger(account, condition, token, Price.of(threshold), Price.of(price), Ids.print(),
                firedAt.minusSeconds(1), firedAt);
    }
}
