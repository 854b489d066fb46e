package io.tradekit.adapters.postgres.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.domain.audit.AuditEntry;
import io.tradekit.domain.audit.AuditSubject;
import io.tradekit.domain.shared.AccountId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.util.PSQLException;

/** The append-only audit trail, enforced by PostgreSQL itself: raw UPDATE, DELETE and TRUNCATE are refused. */
class PostgresAuditTrailAdapterTest {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private final AccountId account = AccountId.of("acct-" + UUID.randomUUID());

    private AuditEntry appended() {
        AuditEntry e = AuditEntry.of(account, AuditSubject.RISK_LIMITS, account.value(), "", "maxDailyLoss=100",
                "ops-anna", Instant.parse("2026-03-01T12:00:00Z"));
        db.store().auditTrail().append(e);
        return e;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.store().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void rawUpdateIsRefused() {
        AuditEntry e = appended();
        assertThatThrownBy(() -> execute("UPDATE audit_entries SET after_state = 'forged' WHERE account_id = '"
                + account.value() + "'")).isInstanceOf(PSQLException.class)
                .hasMessageContaining("audit_entries is append-only: UPDATE refused");
        assertThat(db.store().auditTrail().findByAccount(account, Instant.MIN, Instant.MAX)).containsExactly(e);
    }

    @Test
    void rawDeleteIsRefused() {
        AuditEntry e = appended();
        assertThatThrownBy(() -> execute("DELETE FROM audit_entries WHERE account_id = '" + account.value() + "'"))
                .isInstanceOf(PSQLException.class).hasMessageContaining("audit_entries is append-only: DELETE refused");
        assertThat(db.store().auditTrail().findByAccount(account, Instant.MIN, Instant.MAX)).containsExactly(e);
    }

    @Test
    void truncateIsRefused() {
        AuditEntry e = appended();
        assertThatThrownBy(() -> execute("TRUNCATE audit_entries")).isInstanceOf(PSQLException.class)
                .hasMessageContaining("audit_entries is append-only: TRUNCATE refused");
        assertThat(db.store().auditTrail().findByAccount(account, Instant.MIN, Instant.MAX)).containsExactly(e);
    }

    @Test
    void anInsertStillWorks() throws SQLException {
        execute("INSERT INTO audit_entries (account_id, subject, subject_id, before_state, after_state, changed_by,"
                + " changed_at) VALUES ('" + account.value() + "', 'APPROVAL', 'c1', 'a', 'b', 'x', now())");
        assertThat(db.store().auditTrail().findByAccount(account, Instant.MIN, Instant.MAX)).hasSize(1);
    }
}
