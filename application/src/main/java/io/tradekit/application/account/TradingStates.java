package io.tradekit.application.account;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.audit.AuditEntry;
import io.tradekit.domain.audit.AuditSubject;
import io.tradekit.domain.audit.AuditTrail;
import io.tradekit.domain.shared.AccountId;
import java.time.Instant;

/** An account never stored is ACTIVE at version 0, so its first save is an insert. */
final class TradingStates {
    private TradingStates() {
    }

    static TradingState current(TradingStateRepository repository, AccountId accountId) {
        return repository.find(accountId).orElseGet(() -> TradingState.initial(accountId));
    }

    /** Saves {@code next} over {@code before} and writes the change to the audit trail (call inside a unit of work). */
    static TradingState saveAudited(TradingStateRepository repository, AuditTrail auditTrail, TradingState before,
            TradingState next, String by, Instant at) {
        TradingState stored = repository.save(next);
        auditTrail.append(AuditEntry.of(stored.accountId(), AuditSubject.TRADING_STATE, stored.accountId().value(),
                before.version() == 0 ? "" : before.describe(), stored.describe(), by, at));
        return stored;
    }
}
