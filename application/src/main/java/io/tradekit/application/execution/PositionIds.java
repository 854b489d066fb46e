package io.tradekit.application.execution;

import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.VenueId;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.trade.Trade;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Position ids come from the execution that opened the position, so recording the same executions
 * again (a replay, a retry after a crash) produces the very same ids: {@code account/clientTradeId#leg}.
 * The account is part of it because client ids are only unique per account. When that would exceed the
 * id length limit, the account and client id are replaced by their SHA-256 (still deterministic).
 */
public final class PositionIds {
    private static final int MAX_LENGTH = 200;

    private PositionIds() {
    }

    public static PositionId openedBy(Trade trade, int legIndex) {
        String account = trade.accountId().value();
        String client = trade.clientTradeId().value();
        String plain = account + "/" + client + "#" + legIndex;
        if (plain.length() <= MAX_LENGTH) {
            return PositionId.of(plain);
        }
        return PositionId.of("sha256:" + sha256(account + "\n" + client) + "#" + legIndex);
    }

    /**
     * A position opened by a fill of an order: {@code account/fill:venue/fillId}, or {@code sha256:} of those
     * three when longer than the limit. The fill id is unique per (account, venue), so the id is too.
     */
    public static PositionId openedByFill(AccountId account, VenueId venue, FillId fill) {
        String plain = account.value() + "/fill:" + venue.value() + "/" + fill.value();
        if (plain.length() <= MAX_LENGTH) {
            return PositionId.of(plain);
        }
        return PositionId.of("sha256:" + sha256(account.value() + "\n" + venue.value() + "\n" + fill.value())
                + "#fill");
    }

    /** The lowercase hex SHA-256 of {@code text}'s UTF-8 bytes: how every derived id shortens a long key. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
