package io.tradekit.domain.position;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import java.util.Optional;

/**
 * Sums over closed positions, computed by the store (one query, no rows loaded). Wins and losses are
 * by net P&amp;L (after fees); gross loss and largest loss are positive amounts; largest win/loss are
 * null when there is none.
 */
public record CloseSummary(long closed, long wins, long losses, long breakevens, Money netProfit, Money grossProfit,
        Money grossLoss, Money largestWin, Money largestLoss) {

    public static final CloseSummary EMPTY =
            new CloseSummary(0, 0, 0, 0, Money.ZERO, Money.ZERO, Money.ZERO, null, null);

    public CloseSummary {
        Require.nonNull(netProfit, "netProfit");
        Require.nonNull(grossProfit, "grossProfit");
        Require.nonNull(grossLoss, "grossLoss");
        if (wins + losses + breakevens != closed) {
            throw new InvalidValueException("closed",
                    "wins + losses + breakevens (" + (wins + losses + breakevens) + ") must equal closed (" + closed + ")");
        }
    }

    public Optional<Money> largestWinAmount() {
        return Optional.ofNullable(largestWin);
    }

    public Optional<Money> largestLossAmount() {
        return Optional.ofNullable(largestLoss);
    }
}
