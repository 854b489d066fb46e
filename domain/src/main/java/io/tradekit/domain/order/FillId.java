package io.tradekit.domain.order;

import io.tradekit.domain.shared.Require;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The venue's id of one fill, unique per (account, venue): booking the same id twice is one fill.
 *
 * <p>Some venues publish no per-fill id, or one trade id shared by every maker a taker order matched
 * (Polymarket). For them, {@link #derived} makes the id from what identifies the logical fill, the venue
 * trade id and the maker order id, so a websocket push and a REST poll of the same fill, before or after a
 * restart, give the same id, while the several makers of one taker trade give several ids.
 */
public record FillId(String value) {
    private static final int MAX_LENGTH = 200;

    public FillId {
        Require.id(value, "fillId");
    }

    public static FillId of(String value) {
        return new FillId(value);
    }

    /**
     * {@code trade:<venueTradeId>/maker:<makerOrderId>}; when that exceeds 200 characters, {@code sha256:} and
     * the hex SHA-256 of {@code venueTradeId + "\n" + makerOrderId} (still deterministic).
     */
    public static FillId derived(String venueTradeId, String makerOrderId) {
        Require.id(venueTradeId, "venueTradeId");
        Require.id(makerOrderId, "makerOrderId");
        String plain = "trade:" + venueTradeId + "/maker:" + makerOrderId;
        if (plain.length() <= MAX_LENGTH) {
            return new FillId(plain);
        }
        return new FillId("sha256:" + sha256(venueTradeId + "\n" + makerOrderId));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
