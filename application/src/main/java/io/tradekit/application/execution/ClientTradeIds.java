package io.tradekit.application.execution;

import io.tradekit.domain.trade.ClientTradeId;

/**
 * Client trade ids derived from what caused the trade (e.g. the print a strategy entered on), so a re-run
 * derives the same id and the kit records the trade once: {@code prefix + key}, or {@code prefix + "sha256:" +
 * sha256(key)} when that would exceed the id length limit.
 */
public final class ClientTradeIds {
    private static final int MAX_LENGTH = 200;

    private ClientTradeIds() {
    }

    public static ClientTradeId derived(String prefix, String key) {
        String plain = prefix + key;
        return ClientTradeId.of(plain.length() <= MAX_LENGTH ? plain : prefix + "sha256:" + PositionIds.sha256(key));
    }
}
