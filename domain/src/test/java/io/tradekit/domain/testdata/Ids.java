package io.tradekit.domain.testdata;

import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.watermark.ConsumerId;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids no other test has used, in this run or an earlier one against the same database: a random run
 * token plus a counter. Tests use them instead of cleaning the store up.
 */
public final class Ids {
    private static final String RUN = runToken();
    private static final AtomicLong COUNTER = new AtomicLong();

    private Ids() {
    }

    /** e.g. {@code acct-k3f9x2q-17}: printable ASCII, never seen before. */
    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    public static AccountId account() {
        return AccountId.of(unique("acct"));
    }

    public static ConditionId condition() {
        return ConditionId.of(unique("cond"));
    }

    public static TokenId token() {
        return TokenId.of(unique("tok"));
    }

    public static EventId event() {
        return EventId.of(unique("evt"));
    }

    public static PositionId position() {
        return PositionId.of(unique("pos"));
    }

    public static ClientTradeId clientTrade() {
        return ClientTradeId.of(unique("ct"));
    }

    public static MarketTradeId print() {
        return MarketTradeId.of(unique("print"));
    }

    public static ConsumerId consumer() {
        return ConsumerId.of(unique("consumer"));
    }

    private static String runToken() {
        SecureRandom random = new SecureRandom();
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder token = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }
}
