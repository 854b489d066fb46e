package io.tradekit.domain.shared;

/** One outcome token of a market (or, outside prediction markets, one instrument). */
public record TokenId(String value) {
    public TokenId {
        Require.id(value, "tokenId");
    }

    public static TokenId of(String value) {
        return new TokenId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
