package io.tradekit.application.account;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.audit.AuditTrail;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import java.time.Clock;

/**
 * Puts an account in REDUCING: only orders that cut exposure pass. Stored with reason, who and when, and written
 * to the audit trail in the same unit of work; lasts until {@link ResumeTrading}. A concurrent change surfaces as
 * StaleVersionException.
 */
public final class RestrictToReducing {
    private final TradingStateRepository tradingStates;
    private final AuditTrail auditTrail;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RestrictToReducing(TradingStateRepository tradingStates, AuditTrail auditTrail, UnitOfWork unitOfWork,
            Clock clock) {
        this.tradingStates = Require.nonNull(tradingStates, "tradingStates");
        this.auditTrail = Require.nonNull(auditTrail, "auditTrail");
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
        this.clock = Require.nonNull(clock, "clock");
    }

    public record Command(AccountId accountId, String reason, String by) {
        public Command {
            Require.nonNull(accountId, "accountId");
            HaltTrading.requireReason(reason);
            Require.id(by, "by");
        }
    }

    public TradingState reduceOnly(Command command) {
        Require.nonNull(command, "command");
        return unitOfWork.inTransaction(() -> {
            TradingState current = TradingStates.current(tradingStates, command.accountId());
            var at = clock.instant();
            return TradingStates.saveAudited(tradingStates, auditTrail, current,
                    current.reduceOnly(command.reason(), command.by(), at), command.by(), at);
        });
    }
}
