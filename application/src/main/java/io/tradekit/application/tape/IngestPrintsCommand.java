package io.tradekit.application.tape;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.tape.MarketTrade;
import java.util.List;

/**
 * A batch of venue prints to store; prints already on the tape are left as they are.
 *
 * @param prints     the batch
 * @param onConflict what to do when a print's trade id is on the tape with other content (default
 *                   {@link ConflictPolicy#REFUSE})
 */
public record IngestPrintsCommand(List<MarketTrade> prints, ConflictPolicy onConflict) {
    public IngestPrintsCommand {
        Require.nonNull(prints, "prints");
        for (int i = 0; i < prints.size(); i++) {
            if (prints.get(i) == null) {
                throw new InvalidValueException("prints", "element " + i + " is null");
            }
        }
        prints = List.copyOf(prints);
        Require.nonNull(onConflict, "onConflict");
    }

    /** The batch, refused whole when a print conflicts with the tape. */
    public static IngestPrintsCommand of(List<MarketTrade> prints) {
        return new IngestPrintsCommand(prints, ConflictPolicy.REFUSE);
    }

    public IngestPrintsCommand withConflictPolicy(ConflictPolicy policy) {
        return new IngestPrintsCommand(prints, policy);
    }
}
