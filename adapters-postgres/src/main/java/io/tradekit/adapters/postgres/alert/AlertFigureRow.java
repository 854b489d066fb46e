package io.tradekit.adapters.postgres.alert;

import java.math.BigDecimal;

/** One row of {@code alert_figures}. */
record AlertFigureRow(String alertKey, String name, BigDecimal value) {
}
