package io.tradekit.domain.audit;

/** What an audited change changed. */
public enum AuditSubject {
    RISK_LIMITS, TRADING_STATE, APPROVAL, RECONCILIATION
}
