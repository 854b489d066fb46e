package io.tradekit.application.candidate;

import io.tradekit.application.order.OrderResult;
import io.tradekit.application.order.SubmitOrder;
import io.tradekit.application.order.SubmitOrderCommand;
import io.tradekit.domain.candidate.Candidate;
import io.tradekit.domain.candidate.CandidateId;
import io.tradekit.domain.candidate.CandidateRepository;
import io.tradekit.domain.candidate.CandidateStatus;
import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.OrderMode;
import io.tradekit.domain.order.VenueId;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an APPROVED candidate into its one order: a LIMIT order at the candidate's price and quantity, submitted
 * under the client order id the candidate derives ({@link Candidate#orderRef()}), so however many approvers race
 * or however often a restarted bot calls this, {@link SubmitOrder} stores one order. A PENDING, REJECTED or EXPIRED
 * candidate never becomes an order. {@link #orderAllApproved} is the sweep a bot runs on start: every candidate
 * approved in a window gets its order (those that have one already are left as they are).
 */
public final class OrderApprovedCandidate {
    private final CandidateRepository candidates;
    private final SubmitOrder submitOrder;

    public OrderApprovedCandidate(CandidateRepository candidates, SubmitOrder submitOrder) {
        this.candidates = Require.nonNull(candidates, "candidates");
        this.submitOrder = Require.nonNull(submitOrder, "submitOrder");
    }

    /**
     * @param venue where the order goes and {@code mode} whether it is PAPER or LIVE: the bot's, not the candidate's
     * @return the order, with {@code changed} true when this call created it
     * @throws IllegalTransitionException when the candidate is not APPROVED
     */
    public OrderResult order(AccountId accountId, CandidateId candidateId, VenueId venue, OrderMode mode) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(candidateId, "candidateId");
        Candidate candidate = candidates.find(accountId, candidateId).orElseThrow(() -> new InvalidValueException(
                "candidateId", "account " + accountId + " has no candidate " + candidateId));
        return order(candidate, venue, mode);
    }

    /** The order of every candidate of the account approved in [from, to): the sweep after a restart. */
    public List<OrderResult> orderAllApproved(AccountId accountId, Instant from, Instant to, VenueId venue,
            OrderMode mode) {
        List<OrderResult> results = new ArrayList<>();
        for (Candidate approved : candidates.findApproved(accountId, from, to)) {
            results.add(order(approved, venue, mode));
        }
        return results;
    }

    private OrderResult order(Candidate candidate, VenueId venue, OrderMode mode) {
        Require.nonNull(venue, "venue");
        Require.nonNull(mode, "mode");
        if (candidate.status() != CandidateStatus.APPROVED) {
            throw new IllegalTransitionException("order candidate " + candidate.candidateId(),
                    "it is " + candidate.status() + "; only an APPROVED candidate becomes an order");
        }
        return submitOrder.submit(SubmitOrderCommand.limit(candidate.accountId(),
                ClientOrderId.of(candidate.orderRef().clientOrderId()), venue, candidate.conditionId(),
                candidate.tokenId(), candidate.side(), candidate.limitPrice(), candidate.quantity(), mode));
    }
}
