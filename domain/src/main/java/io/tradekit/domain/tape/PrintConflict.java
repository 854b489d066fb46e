package io.tradekit.domain.tape;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;

/**
 * A print offered for the tape whose trade id is taken by a print with other content: the venue's trade id is
 * the tape's identity, so two contents under one id are a conflict (a venue's correction, a feed's bug, a file
 * edited by hand), never two prints.
 *
 * @param stored  the print the tape holds (or, within one batch, the first print of the id)
 * @param offered the print offered again under its id, with other content
 */
public record PrintConflict(MarketTrade stored, MarketTrade offered) {
    public PrintConflict {
        Require.nonNull(stored, "stored");
        Require.nonNull(offered, "offered");
        if (!stored.tradeId().equals(offered.tradeId())) {
            throw new InvalidValueException("offered", "a conflict is about one trade id, got " + stored.tradeId()
                    + " and " + offered.tradeId());
        }
        if (stored.equals(offered)) {
            throw new InvalidValueException("offered", "the same print again is no conflict: " + offered.tradeId());
        }
    }

    public MarketTradeId tradeId() {
        return stored.tradeId();
    }

    /** The stored and the offered values, for a message: {@code price 0.96 -> 0.50, ...}, only what differs. */
    public String differences() {
        StringBuilder out = new StringBuilder();
        differ(out, "condition_id", stored.conditionId().value(), offered.conditionId().value());
        differ(out, "token_id", stored.tokenId().value(), offered.tokenId().value());
        differ(out, "price", stored.price().value().stripTrailingZeros().toPlainString(),
                offered.price().value().stripTrailingZeros().toPlainString());
        differ(out, "size", stored.size().value().stripTrailingZeros().toPlainString(),
                offered.size().value().stripTrailingZeros().toPlainString());
        differ(out, "side", stored.takerSide().name(), offered.takerSide().name());
        differ(out, "timestamp", stored.timestamp().toString(), offered.timestamp().toString());
        return out.toString();
    }

    private static void differ(StringBuilder out, String field, String stored, String offered) {
        if (!stored.equals(offered)) {
            out.append(out.isEmpty() ? "" : ", ").append(field).append(" stored ").append(stored).append(", new ")
                    .append(offered);
        }
    }
}
