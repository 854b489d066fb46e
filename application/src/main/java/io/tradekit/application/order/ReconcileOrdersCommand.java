package io.tradekit.application.order;

import io.tradekit.domain.order.VenueId;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import java.util.List;

/**
 * The venue's view of one account, fetched at start: every order it lists as open, and its fills of the
 * account's orders since a time the bot chooses (e.g. the last fill it had booked, or its last stop).
 */
public record ReconcileOrdersCommand(AccountId accountId, VenueId venue, List<VenueOrder> openOrders,
        List<VenueFill> fillsSince) {
    public ReconcileOrdersCommand {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(venue, "venue");
        openOrders = List.copyOf(Require.nonNull(openOrders, "openOrders"));
        fillsSince = List.copyOf(Require.nonNull(fillsSince, "fillsSince"));
    }
}
