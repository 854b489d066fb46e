package io.tradekit.application.account;

import io.tradekit.application.alert.KitAlerts;
import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.alert.AlertRepository;
import io.tradekit.domain.audit.AuditTrail;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import java.time.Clock;

/**
 * Halts an account: no new entries, exits only. The halt is stored with its reason, who halted and when (from
 * the clock), and lasts across restarts until {@link ResumeTrading}. Halting a halted account records the new
 * reason. In the same unit of work the change goes to the audit trail and a CRITICAL alert is raised (key
 * {@code halt:<version>}). A concurrent change surfaces as StaleVersionException: re-read and decide again.
 */
public final class HaltTrading {
    /** The alert's source. */
    public static final String SOURCE = "HaltTrading";

    private final TradingStateRepository tradingStates;
    private final AuditTrail auditTrail;
    private final AlertRepository alerts;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public HaltTrading(TradingStateRepository tradingStates, AuditTrail auditTrail, AlertRepository alerts,
            UnitOfWork unitOfWork, Clock clock) {
        this.tradingStates = Require.nonNull(tradingStates, "tradingStates");
        this.auditTrail = Require.nonNull(auditTrail, "auditTrail");
        this.alerts = Require.nonNull(alerts, "alerts");
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
        this.clock = Require.nonNull(clock, "clock");
    }

    public record Command(AccountId accountId, String reason, String by) {
        public Command {
            Require.nonNull(accountId, "accountId");
            requireReason(reason);
            Require.id(by, "by");
        }
    }

    public TradingState halt(Command command) {
        Require.nonNull(command, "command");
        return unitOfWork.inTransaction(() -> haltOver(TradingStates.current(tradingStates, command.accountId()),
                command.reason(), command.by()));
    }

    /**
     * Halts over the state a decision was judged on (saved over its version: a concurrent change surfaces as
     * StaleVersionException), audited and alerted like {@link #halt}.
     */
    public TradingState haltOver(TradingState judgedOn, String reason, String by) {
        Require.nonNull(judgedOn, "state");
        requireReason(reason);
        Require.id(by, "by");
        return unitOfWork.inTransaction(() -> {
            var at = clock.instant();
            TradingState stored = TradingStates.saveAudited(tradingStates, auditTrail, judgedOn,
                    judgedOn.halt(reason, by, at), by, at);
            alerts.raiseIfAbsent(KitAlerts.tradingHalted(stored, SOURCE));
            return stored;
        });
    }

    static void requireReason(String reason) {
        Require.nonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new InvalidValueException("reason", "must not be blank");
        }
    }
}
