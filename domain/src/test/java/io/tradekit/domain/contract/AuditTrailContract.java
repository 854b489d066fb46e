package io.tradekit.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.audit.AuditEntry;
import io.tradekit.domain.audit.AuditSubject;
import io.tradekit.domain.audit.AuditTrail;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditTrail} must do: keep entries exactly as appended, in append order, per account; take
 * back an append only with the unit of work that made it; and offer no way to change or remove one (the port
 * has no such method; a store's own refusal is its adapter test's, e.g. PostgreSQL's trigger).
 */
public abstract class AuditTrailContract {
    protected abstract JournalStoreUnderTest store();

    private AuditTrail trail;
    private AccountId account;

    @BeforeEach
    void setUpStore() {
        trail = store().auditTrail();
        account = Ids.account();
    }

    private AuditEntry entry(String before, String after, int second) {
        return AuditEntry.of(account, AuditSubject.RISK_LIMITS, account.value(), before, after, "ops-anna",
                Instants.T0.plusSeconds(second));
    }

    @Test
    void entriesComeBackExactlyInAppendOrder() {
        AuditEntry first = entry("", "maxDailyLoss=100", 5);
        AuditEntry second = AuditEntry.of(account, AuditSubject.TRADING_STATE, account.value(), "ACTIVE",
                "HALTED: drawdown \u2265 20 %\nline two", "tradekit-drawdown-limit", Instants.at("2026-03-01T12:00:00.000001Z"));
        AuditEntry third = AuditEntry.of(account, AuditSubject.APPROVAL, "cand-1", "status=PENDING",
                "status=APPROVED", "ops-bob", Instants.T0.plusSeconds(5));
        trail.append(first);
        trail.append(second);
        trail.append(third);
        trail.append(third); // an entry is an event: the same one twice is two entries

        assertThat(trail.findByAccount(account, Instant.MIN, Instant.MAX)).containsExactly(first, second, third, third);
    }

    @Test
    void theWindowIsFromInclusiveToExclusive() {
        AuditEntry atStart = entry("a", "b", 0);
        AuditEntry inside = entry("b", "c", 30);
        AuditEntry atEnd = entry("c", "d", 60);
        for (AuditEntry e : List.of(atStart, inside, atEnd)) {
            trail.append(e);
        }
        assertThat(trail.findByAccount(account, Instants.T0, Instants.T0.plusSeconds(60)))
                .containsExactly(atStart, inside);
    }

    @Test
    void eachAccountHasItsOwnTrail() {
        AccountId other = Ids.account();
        AuditEntry mine = entry("", "x", 0);
        AuditEntry theirs = AuditEntry.of(other, AuditSubject.RISK_LIMITS, other.value(), "", "y", "ops", Instants.T0);
        trail.append(mine);
        trail.append(theirs);
        assertThat(trail.findByAccount(account, Instant.MIN, Instant.MAX)).containsExactly(mine);
        assertThat(trail.findByAccount(other, Instant.MIN, Instant.MAX)).containsExactly(theirs);
        assertThat(trail.findByAccount(Ids.account(), Instant.MIN, Instant.MAX)).isEmpty();
    }

    @Test
    void anAppendGoesWithTheUnitOfWorkThatMadeIt() {
        AuditEntry kept = entry("", "kept", 0);
        trail.append(kept);
        assertThatThrownBy(() -> store().unitOfWork().run(() -> {
            trail.append(entry("kept", "rolled back", 1));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(trail.findByAccount(account, Instant.MIN, Instant.MAX)).containsExactly(kept);
    }

    @Test
    void thePortOffersNoUpdateAndNoDelete() {
        List<String> methods = Arrays.stream(AuditTrail.class.getMethods()).map(Method::getName).sorted().toList();
        assertThat(methods).containsExactly("append", "findByAccount");
        assertThat(store().auditTrail()).isInstanceOf(AuditTrail.class);
        for (Method m : store().auditTrail().getClass().getMethods()) {
            assertThat(m.getName().toLowerCase()).as("public method of %s", store().auditTrail().getClass())
                    .doesNotContain("update", "delete", "remove", "clear", "set");
        }
    }
}
