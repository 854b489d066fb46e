package io.tradekit.adapters.postgres.position;

import io.tradekit.domain.position.CloseSummary;
import io.tradekit.domain.shared.Money;
import java.math.BigDecimal;

/** The one row {@code summarizeCloses} computes; largest win and loss are null when there is none. */
record CloseSummaryRow(long closed, long wins, long losses, long breakevens, BigDecimal netProfit,
        BigDecimal grossProfit, BigDecimal grossLoss, BigDecimal largestWin, BigDecimal largestLoss) {

    CloseSummary toSummary() {
        return new CloseSummary(closed, wins, losses, breakevens, Money.of(netProfit), Money.of(grossProfit),
                Money.of(grossLoss), largestWin == null ? null : Money.of(largestWin),
                largestLoss == null ? null : Money.of(largestLoss));
    }
}
