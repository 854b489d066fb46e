package io.tradekit.application.account;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.audit.AuditTrail;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import java.time.Clock;

/**
 * Lifts a halt or a reducing state, recording who resumed and when (the last halt's reason stays on record), and
 * writes it to the audit trail in the same unit of work. Resuming an ACTIVE account is an
 * IllegalTransitionException; a concurrent change a StaleVersionException.
 */
public final class ResumeTrading {
    private final TradingStateRepository tradingStates;
    private final AuditTrail auditTrail;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ResumeTrading(TradingStateRepository tradingStates, AuditTrail auditTrail, UnitOfWork unitOfWork,
            Clock clock) {
        this.tradingStates = Require.nonNull(tradingStates, "tradingStates");
        this.auditTrail = Require.nonNull(auditTrail, "auditTrail");
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
        this.clock = Require.nonNull(clock, "clock");
    }

    public record Command(AccountId accountId, String by) {
        public Command {
            Require.nonNull(accountId, "accountId");
            Require.id(by, "by");
        }
    }

    public TradingState resume(Command command) {
        Require.nonNull(command, "command");
        return unitOfWork.inTransaction(() -> {
            TradingState current = TradingStates.current(tradingStates, command.accountId());
            var at = clock.instant();
            return TradingStates.saveAudited(tradingStates, auditTrail, current, current.resume(command.by(), at),
                    command.by(), at);
        });
    }
}
