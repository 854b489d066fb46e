package io.tradekit.archfixture.domain.shared;

import java.math.BigDecimal;

/** Clean fixture: a value object that depends on java.* only. */
public record Amount(BigDecimal value) {
}
