package io.tradekit.domain.order;

import io.tradekit.domain.shared.DomainException;

/** A fill would take an order past its quantity: refused, nothing booked. */
public class OverfillException extends DomainException {
    public OverfillException(String message) {
        super(message);
    }
}
