package io.tradekit.domain.audit;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.time.Instant;

/**
 * One change, as it was: what changed ({@code subject}, and which one of them, e.g. a candidate's id), the
 * state before and after (each rendered as text by the domain object that changed; empty when there was none
 * before), who made the change and when. Entries are appended and never changed or removed.
 */
public record AuditEntry(AccountId accountId, AuditSubject subject, String subjectId, String before, String after,
        String changedBy, Instant changedAt) {

    public static final int MAX_STATE_CHARS = 20_000;

    public AuditEntry {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(subject, "subject");
        Require.id(subjectId, "subjectId");
        requireState(before, "before");
        requireState(after, "after");
        Require.id(changedBy, "changedBy");
        changedAt = Times.micros(changedAt, "changedAt");
    }

    public static AuditEntry of(AccountId accountId, AuditSubject subject, String subjectId, String before,
            String after, String changedBy, Instant changedAt) {
        return new AuditEntry(accountId, subject, subjectId, before, after, changedBy, changedAt);
    }

    private static void requireState(String state, String field) {
        Require.nonNull(state, field);
        if (state.length() > MAX_STATE_CHARS) {
            throw new InvalidValueException(field, "longer than " + MAX_STATE_CHARS + " characters");
        }
    }
}
