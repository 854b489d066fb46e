package io.tradekit.application.alert;


import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.alert.Alert;
import io.tradekit.domain.alert.AlertKey;
import io.tradekit.domain.alert.AlertSeverity;
import io.tradekit.domain.candidate.Candidate;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The alerts the kit raises itself, each under a key derived from its cause so raising it again (a retry, a
 * restart) stores nothing new: {@code halt:<state version>}, {@code single-leg:<client trade id>},
 * {@code approval-pending:<candidate id>}; reconciliation's, {@code reconciliation:<kind>/<cause>}, are built by
 * {@code ReconcileOrders}. The use cases raise them in the unit of work of the change.
 */
public final class KitAlerts {
    public static final String HALT = "halt";
    public static final String SINGLE_LEG = "single-leg";
    public static final String APPROVAL_PENDING = "approval-pending";
    public static final String RECONCILIATION = "reconciliation";

    private KitAlerts() {
    }

    /** CRITICAL: the account stopped taking entries. {@code stored} is the halted state as saved (its version). */
    public static Alert tradingHalted(TradingState stored, String source) {
        Require.nonNull(stored, "state");
        return Alert.raise(stored.accountId(), AlertKey.of(HALT, Long.toString(stored.version())),
                AlertSeverity.CRITICAL, source, "trading halted by " + stored.changedBy() + ": " + stored.reason(),
                Map.of(), stored.changedAt());
    }

    /** WARNING: an execution left one leg of a multi-leg trade unfilled (single-leg risk). */
    public static Alert singleLegRisk(Trade trade) {
        Require.nonNull(trade, "trade");
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (int i = 0; i < trade.legs().size(); i++) {
            TradeLeg leg = trade.legs().get(i);
            figures.put("leg" + i + ".requested", leg.requestedQuantity().value());
            figures.put("leg" + i + ".filled", leg.filledQuantity().value());
        }
        return Alert.raise(trade.accountId(), AlertKey.of(SINGLE_LEG, trade.clientTradeId().value()),
                AlertSeverity.WARNING, "RecordExecution", "trade " + trade.clientTradeId() + " carries partial-fill"
                        + " (single-leg) risk: " + trade.status() + " with a failed or partial leg",
                figures, trade.executedAt());
    }

    /** WARNING: a candidate order waits for a person's approval until it expires. */
    public static Alert approvalPending(Candidate candidate, Instant at) {
        Require.nonNull(candidate, "candidate");
        return Alert.raise(candidate.accountId(), AlertKey.of(APPROVAL_PENDING, candidate.candidateId().value()),
                AlertSeverity.WARNING, "ProposeCandidate", "candidate " + candidate.candidateId() + " ("
                        + candidate.side() + " " + candidate.quantity() + " " + candidate.tokenId() + " @ "
                        + candidate.limitPrice() + ") waits for approval until " + candidate.expiresAt(),
                Map.of("quantity", candidate.quantity().value(), "limitPrice", candidate.limitPrice().value()), at);
    }

    public static AlertKey approvalPendingKey(Candidate candidate) {
        return AlertKey.of(APPROVAL_PENDING, candidate.candidateId().value());
    }
}
