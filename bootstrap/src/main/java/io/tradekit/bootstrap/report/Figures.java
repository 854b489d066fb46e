package io.tradekit.bootstrap.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How the human-readable reports print figures: fixed decimals, grouped thousands, "n/a" when absent. */
final class Figures {
    static final String ABSENT = "n/a";

    private Figures() {
    }

    static String count(long value) {
        return format(BigDecimal.valueOf(value), 0);
    }

    static String money(BigDecimal value) {
        return value == null ? ABSENT : format(value, 2);
    }

    static String signedMoney(BigDecimal value) {
        if (value == null) {
            return ABSENT;
        }
        return (value.signum() > 0 ? "+" : "") + format(value, 2);
    }

    static String ratio(BigDecimal value) {
        return value == null ? ABSENT : format(value, 2);
    }

    static String price(BigDecimal value) {
        return value == null ? ABSENT : value.stripTrailingZeros().toPlainString();
    }

    /** A fraction (0.1234) shown as a percentage (12.34%). */
    static String fractionAsPercent(BigDecimal value) {
        return value == null ? ABSENT : format(value.movePointRight(2), 2) + "%";
    }

    private static String format(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value.setScale(decimals, RoundingMode.HALF_EVEN));
    }
}
