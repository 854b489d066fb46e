package io.tradekit.application.position;

import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import java.util.List;

/**
 * @param settled              the positions this call settled (status SETTLED, at their stored versions);
 *                             empty when the market was already settled or the account held nothing in it
 * @param realizedBySettlement the P&amp;L the payout realized (payout minus remaining cost basis, summed;
 *                             fees paid earlier are not in it, they stay on each position)
 */
public record SettleMarketResult(List<Position> settled, Money realizedBySettlement) {
    public SettleMarketResult {
        settled = List.copyOf(settled);
        Require.nonNull(realizedBySettlement, "realizedBySettlement");
    }
}
