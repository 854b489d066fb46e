package io.tradekit.application.analytics;

import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The equity at the end of one calendar day in the report's zone, and that day's return
 * r_d = (E_d - E_{d-1}) / E_{d-1} (= E_d / E_{d-1} - 1), where E_{d-1} of the first day is the starting
 * capital. {@code dailyReturn} is null only when E_{d-1} is zero or negative (no return is defined).
 */
public record DailyEquity(LocalDate day, Money equity, BigDecimal dailyReturn) {
    public DailyEquity {
        Require.nonNull(day, "day");
        Require.nonNull(equity, "equity");
    }
}
