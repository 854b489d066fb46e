package io.tradekit.application.tape;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.tape.MarketTrade;
import java.util.List;

/** A batch of venue prints to store; prints already on the tape are left as they are. */
public record IngestPrintsCommand(List<MarketTrade> prints) {
    public IngestPrintsCommand {
        Require.nonNull(prints, "prints");
        for (int i = 0; i < prints.size(); i++) {
            if (prints.get(i) == null) {
                throw new InvalidValueException("prints", "element " + i + " is null");
            }
        }
        prints = List.copyOf(prints);
    }

    public static IngestPrintsCommand of(List<MarketTrade> prints) {
        return new IngestPrintsCommand(prints);
    }
}
