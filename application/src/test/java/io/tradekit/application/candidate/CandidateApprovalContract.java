package io.tradekit.application.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.order.OrderResult;
import io.tradekit.application.order.SubmitOrder;
import io.tradekit.application.testsupport.MutableClock;
import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderMode;
import io.tradekit.domain.order.OrderStatus;
import io.tradekit.domain.order.VenueId;
import io.tradekit.domain.alert.Alert;
import io.tradekit.domain.alert.AlertKey;
import io.tradekit.domain.alert.AlertSeverity;
import io.tradekit.domain.audit.AuditEntry;
import io.tradekit.domain.audit.AuditSubject;
import io.tradekit.domain.candidate.Candidate;
import io.tradekit.domain.candidate.CandidateId;
import io.tradekit.domain.candidate.CandidateStatus;
import io.tradekit.domain.contract.Concurrently;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.testdata.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Candidates and approvals on a real store: PENDING -&gt; APPROVED / REJECTED / EXPIRED with who, when and why;
 * racing approvers (8 threads) decide once; expiry is judged on a simulated clock; every decision is audited
 * and resolves the approval-pending alert raised with the proposal. Runs unchanged on any adapter.
 */
public abstract class CandidateApprovalContract {
    private static final Instant T = Instant.parse("2024-05-02T15:00:00Z");

    protected abstract JournalStoreUnderTest store();

    private JournalStoreUnderTest store;
    private final AccountId account = Ids.account();
    private final MutableClock clock = new MutableClock(T);
    private ProposeCandidate propose;
    private DecideCandidate decide;
    private OrderApprovedCandidate orderApproved;
    private static final VenueId VENUE = VenueId.of("polymarket");

    @BeforeEach
    void takeTheStore() {
        store = store();
        propose = new ProposeCandidate(store.candidates(), store.alerts(), store.unitOfWork(), clock);
        decide = new DecideCandidate(store.candidates(), store.auditTrail(), store.alerts(), store.unitOfWork(), clock);
        orderApproved = new OrderApprovedCandidate(store.candidates(),
                new SubmitOrder(store.orders(), store.unitOfWork(), clock));
    }

    @Test
    void eightRacingApproversEachOrderingMakeExactlyOneOrder() {
        Candidate c = proposed(Duration.ofMinutes(30));

        List<OrderResult> results = Concurrently.race(Concurrently.THREADS, i -> {
            decide.approve(by(c, "ops-" + i, "yes"));
            return orderApproved.order(account, c.candidateId(), VENUE, OrderMode.LIVE);
        });

        assertThat(results.stream().filter(OrderResult::changed)).hasSize(1);
        List<Order> orders = store.orders().findByMarket(account, c.conditionId());
        assertThat(orders).singleElement().satisfies(o -> {
            assertThat(o.clientOrderId()).isEqualTo(ClientOrderId.of("cand-" + c.candidateId().value()));
            assertThat(o.side()).isEqualTo(Side.BUY);
            assertThat(o.quantity()).isEqualTo(Quantity.of("250"));
            assertThat(o.limitPrice()).contains(Price.of("0.42"));
            assertThat(o.status()).isEqualTo(OrderStatus.SUBMITTED);
        });
        assertThat(results).allMatch(r -> r.order().clientOrderId().equals(orders.get(0).clientOrderId()));
    }

    @Test
    void aRestartBetweenApprovalAndOrderCreationEndsWithOneOrder() {
        Candidate c = proposed(Duration.ofMinutes(30));
        Candidate other = proposed(Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(1));
        decide.approve(by(c, "ops-anna", "go"));
        decide.approve(by(other, "ops-anna", "go"));
        orderApproved.order(account, other.candidateId(), VENUE, OrderMode.PAPER); // ordered before the "crash"

        // the bot restarts: its sweep orders what was approved and not ordered, and leaves the rest
        List<OrderResult> swept = orderApproved.orderAllApproved(account, T, T.plus(Duration.ofHours(1)), VENUE,
                OrderMode.PAPER);
        List<OrderResult> again = orderApproved.orderAllApproved(account, T, T.plus(Duration.ofHours(1)), VENUE,
                OrderMode.PAPER);

        assertThat(swept).hasSize(2);
        assertThat(swept.stream().filter(OrderResult::changed).map(r -> r.order().clientOrderId()))
                .containsExactly(ClientOrderId.of("cand-" + c.candidateId().value()));
        assertThat(again).noneMatch(OrderResult::changed);
        assertThat(store.orders().findByMarket(account, c.conditionId())).hasSize(1);
        assertThat(store.orders().findByMarket(account, other.conditionId())).hasSize(1);
    }

    @Test
    void aPendingRejectedOrExpiredCandidateNeverBecomesAnOrder() {
        Candidate pending = proposed(Duration.ofMinutes(30));
        Candidate rejected = proposed(Duration.ofMinutes(30));
        Candidate expiring = proposed(Duration.ofMinutes(5));
        decide.reject(by(rejected, "ops-anna", "no"));
        clock.advance(Duration.ofMinutes(6));
        decide.expireDue(10);

        for (Candidate c : List.of(pending, rejected, expiring)) {
            assertThatThrownBy(() -> orderApproved.order(account, c.candidateId(), VENUE, OrderMode.LIVE))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("APPROVED");
            assertThat(store.orders().findByMarket(account, c.conditionId())).isEmpty();
        }
    }

    private Candidate proposed(Duration ttl) {
        return propose.propose(new ProposeCandidate.Command(account, CandidateId.of(Ids.unique("cand")), null,
                Ids.condition(), Ids.token(), Side.BUY, Quantity.of("250"), Price.of("0.42"), ttl));
    }

    private DecideCandidate.Command by(Candidate c, String who, String why) {
        return new DecideCandidate.Command(account, c.candidateId(), who, why);
    }

    private List<AuditEntry> approvals() {
        return store.auditTrail().findByAccount(account, Instant.MIN, Instant.MAX).stream()
                .filter(e -> e.subject() == AuditSubject.APPROVAL).toList();
    }

    @Test
    void aProposalIsPendingWithAnAlertAndIdempotent() {
        Candidate c = proposed(Duration.ofMinutes(30));

        assertThat(c.status()).isEqualTo(CandidateStatus.PENDING);
        assertThat(c.proposedAt()).isEqualTo(T);
        assertThat(c.expiresAt()).isEqualTo(T.plus(Duration.ofMinutes(30)));
        assertThat(c.orderRef().clientOrderId()).isEqualTo("cand-" + c.candidateId().value());
        Alert pending = store.alerts().find(account, AlertKey.of("approval-pending", c.candidateId().value()))
                .orElseThrow();
        assertThat(pending.severity()).isEqualTo(AlertSeverity.WARNING);
        assertThat(pending.isOpen()).isTrue();

        clock.advance(Duration.ofMinutes(1));
        Candidate again = propose.propose(new ProposeCandidate.Command(account, c.candidateId(), null,
                c.conditionId(), c.tokenId(), Side.BUY, Quantity.of("250"), Price.of("0.42"), Duration.ofMinutes(30)));
        assertThat(again).isEqualTo(c);
        assertThat(store.alerts().findOpen(account)).containsExactly(pending);
    }

    @Test
    void anApprovalRecordsWhoWhenAndWhyAuditsItAndResolvesTheAlert() {
        Candidate c = proposed(Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(3));

        DecideCandidate.Result result = decide.approve(by(c, "ops-anna", "edge is real"));

        Candidate approved = result.candidate();
        assertThat(result.decidedNow()).isTrue();
        assertThat(result.approved()).isTrue();
        assertThat(approved.decidedBy()).isEqualTo("ops-anna");
        assertThat(approved.decidedAt()).isEqualTo(T.plus(Duration.ofMinutes(3)));
        assertThat(approved.reason()).isEqualTo("edge is real");
        assertThat(store.candidates().find(account, c.candidateId())).contains(approved);
        assertThat(approvals()).singleElement().satisfies(e -> {
            assertThat(e.subjectId()).isEqualTo(c.candidateId().value());
            assertThat(e.before()).startsWith("status=PENDING");
            assertThat(e.after()).startsWith("status=APPROVED").contains("decidedBy=ops-anna");
            assertThat(e.changedBy()).isEqualTo("ops-anna");
        });
        assertThat(store.alerts().findOpen(account)).isEmpty();
        assertThat(store.candidates().findPending(account)).isEmpty();
    }

    @Test
    void eightRacingApproversDecideOnce() {
        Candidate c = proposed(Duration.ofMinutes(30));

        List<DecideCandidate.Result> results = Concurrently.race(Concurrently.THREADS,
                i -> decide.approve(by(c, "ops-" + i, "yes")));

        assertThat(results).allMatch(DecideCandidate.Result::approved);
        assertThat(results.stream().filter(DecideCandidate.Result::decidedNow)).hasSize(1);
        Candidate stored = store.candidates().find(account, c.candidateId()).orElseThrow();
        assertThat(results).allMatch(r -> r.candidate().equals(stored));
        assertThat(stored.version()).isEqualTo(2);
        assertThat(approvals()).hasSize(1);
    }

    @Test
    void approversRacingRejectersGetOneOutcome() {
        Candidate c = proposed(Duration.ofMinutes(30));

        List<String> outcomes = Concurrently.race(Concurrently.THREADS, i -> {
            try {
                DecideCandidate.Result r = i % 2 == 0 ? decide.approve(by(c, "ops-" + i, "yes"))
                        : decide.reject(by(c, "ops-" + i, "no"));
                return r.candidate().status().name();
            } catch (IllegalTransitionException e) {
                return "refused";
            }
        });

        Candidate stored = store.candidates().find(account, c.candidateId()).orElseThrow();
        assertThat(outcomes).containsOnly(stored.status().name(), "refused");
        assertThat(approvals()).hasSize(1);
    }

    @Test
    void aRejectedCandidateIsNeverApproved() {
        Candidate c = proposed(Duration.ofMinutes(30));
        Candidate rejected = decide.reject(by(c, "ops-anna", "too large")).candidate();

        assertThat(rejected.status()).isEqualTo(CandidateStatus.REJECTED);
        assertThatThrownBy(() -> decide.approve(by(c, "ops-bob", "changed my mind")))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("REJECTED");
        assertThat(decide.reject(by(c, "ops-bob", "again")).decidedNow()).isFalse();
        assertThat(store.candidates().find(account, c.candidateId())).contains(rejected);
        assertThat(approvals()).hasSize(1);
    }

    @Test
    void expiryIsJudgedOnTheSimulatedClock() {
        Candidate c = proposed(Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(30).minusNanos(1_000));
        assertThat(decide.expireDue(1_000)).as("a microsecond before expiry").isZero();
        assertThat(store.candidates().find(account, c.candidateId()).orElseThrow().status())
                .isEqualTo(CandidateStatus.PENDING);

        clock.advance(Duration.ofNanos(1_000));
        assertThat(decide.expireDue(1_000)).isGreaterThanOrEqualTo(1);

        Candidate expired = store.candidates().find(account, c.candidateId()).orElseThrow();
        assertThat(expired.status()).isEqualTo(CandidateStatus.EXPIRED);
        assertThat(expired.decidedBy()).isEqualTo(DecideCandidate.EXPIRY);
        assertThat(expired.decidedAt()).isEqualTo(c.expiresAt());
        assertThat(store.alerts().findOpen(account)).isEmpty();
        assertThat(approvals()).singleElement().satisfies(e -> assertThat(e.after()).startsWith("status=EXPIRED"));
    }

    @Test
    void anApprovalAfterExpiryStoresItExpiredNeverApproved() {
        Candidate c = proposed(Duration.ofMinutes(30));
        clock.advance(Duration.ofHours(2)); // nobody swept it yet

        DecideCandidate.Result late = decide.approve(by(c, "ops-anna", "sorry, late"));

        assertThat(late.approved()).isFalse();
        assertThat(late.candidate().status()).isEqualTo(CandidateStatus.EXPIRED);
        assertThat(late.candidate().decidedBy()).isEqualTo(DecideCandidate.EXPIRY);
        assertThat(decide.approve(by(c, "ops-bob", "me too")).approved()).isFalse();
        assertThat(store.candidates().find(account, c.candidateId()).orElseThrow().status())
                .isEqualTo(CandidateStatus.EXPIRED);
        assertThat(approvals()).hasSize(1);
    }

    @Test
    void aDecisionThatFailsLeavesTheCandidatePendingWithItsAlertAndNoAudit() {
        Candidate c = proposed(Duration.ofMinutes(30));
        assertThatThrownBy(() -> store.unitOfWork().run(() -> {
            decide.approve(by(c, "ops-anna", "yes"));
            throw new IllegalStateException("crash before commit");
        })).hasMessageContaining("crash");

        assertThat(store.candidates().find(account, c.candidateId()).orElseThrow().status())
                .isEqualTo(CandidateStatus.PENDING);
        assertThat(approvals()).isEmpty();
        assertThat(store.alerts().findOpen(account)).hasSize(1);
        assertThat(decide.approve(by(c, "ops-anna", "yes")).decidedNow()).isTrue();
    }

    @Test
    void eachAccountDecidesItsOwnCandidates() {
        Candidate c = proposed(Duration.ofMinutes(30));
        AccountId other = Ids.account();
        assertThatThrownBy(() -> decide.approve(new DecideCandidate.Command(other, c.candidateId(), "ops", "x")))
                .hasMessageContaining("candidateId");
        assertThat(store.candidates().find(account, c.candidateId()).orElseThrow().status())
                .isEqualTo(CandidateStatus.PENDING);
    }
}
