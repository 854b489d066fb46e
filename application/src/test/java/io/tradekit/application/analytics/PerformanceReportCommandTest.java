package io.tradekit.application.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class PerformanceReportCommandTest {
    private static final AccountId ACCOUNT = AccountId.of("bot-1");
    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-04-01T00:00:00Z");

    private static PerformanceReportCommand valid() {
        return PerformanceReportCommand.of(ACCOUNT, FROM, TO, Money.of("1000"));
    }

    private static void rejects(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void defaults() {
        PerformanceReportCommand command = valid();
        assertThat(command.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(command.periodsPerYear()).isEqualTo(365);
        assertThat(command.riskFreeRatePerYear()).isEqualByComparingTo("0");
        assertThat(command.conditionId()).isEmpty();
        assertThat(command.maxCurvePoints()).isEqualTo(10_000);
    }

    @Test
    void withersChangeOneSetting() {
        PerformanceReportCommand command = valid().inZone(ZoneId.of("Asia/Tokyo")).withPeriodsPerYear(252)
                .withRiskFreeRatePerYear(new BigDecimal("0.04")).forCondition(ConditionId.of("c-1"))
                .withMaxCurvePoints(500);
        assertThat(command.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(command.periodsPerYear()).isEqualTo(252);
        assertThat(command.riskFreeRatePerYear()).isEqualByComparingTo("0.04");
        assertThat(command.conditionId()).contains(ConditionId.of("c-1"));
        assertThat(command.maxCurvePoints()).isEqualTo(500);
        assertThat(command.closeQuery().conditionId()).contains(ConditionId.of("c-1"));
        assertThat(command.closeQuery().from()).isEqualTo(FROM);
        assertThat(command.closeQuery().to()).isEqualTo(TO);
    }

    @Test
    void truncatesTheWindowToMicroseconds() {
        PerformanceReportCommand command = PerformanceReportCommand.of(ACCOUNT, FROM.plusNanos(1_500), TO,
                Money.of("1000"));
        assertThat(command.from()).isEqualTo(FROM.plusNanos(1_000));
    }

    @Test
    void rejectsBadInputNamingTheField() {
        rejects("accountId", () -> PerformanceReportCommand.of(null, FROM, TO, Money.of("1000")));
        rejects("from", () -> PerformanceReportCommand.of(ACCOUNT, null, TO, Money.of("1000")));
        rejects("to", () -> PerformanceReportCommand.of(ACCOUNT, FROM, null, Money.of("1000")));
        rejects("to", () -> PerformanceReportCommand.of(ACCOUNT, TO, FROM, Money.of("1000")));
        rejects("to", () -> PerformanceReportCommand.of(ACCOUNT, FROM, FROM, Money.of("1000")));
        rejects("to", () -> PerformanceReportCommand.of(ACCOUNT, FROM, FROM.plusSeconds(86_400L * 50_000),
                Money.of("1000")));
        rejects("startingCapital", () -> PerformanceReportCommand.of(ACCOUNT, FROM, TO, null));
        rejects("startingCapital", () -> PerformanceReportCommand.of(ACCOUNT, FROM, TO, Money.ZERO));
        rejects("startingCapital", () -> PerformanceReportCommand.of(ACCOUNT, FROM, TO, Money.of("-1")));
        rejects("zone", () -> valid().inZone(null));
        rejects("periodsPerYear", () -> valid().withPeriodsPerYear(0));
        rejects("riskFreeRatePerYear", () -> valid().withRiskFreeRatePerYear(null));
        rejects("riskFreeRatePerYear", () -> valid().withRiskFreeRatePerYear(new BigDecimal("-1")));
        rejects("maxCurvePoints", () -> valid().withMaxCurvePoints(15));
        rejects("conditionId", () -> valid().forCondition(null));
        rejects("conditionId", () -> new PerformanceReportCommand(ACCOUNT, FROM, TO, null, Money.of("1"),
                ZoneOffset.UTC, 365, BigDecimal.ZERO, 100));
        // a negative risk-free rate above -1 is allowed (it has happened)
        assertThat(valid().withRiskFreeRatePerYear(new BigDecimal("-0.005")).riskFreeRatePerYear())
                .isEqualByComparingTo("-0.005");
        assertThat(new PerformanceReportCommand(ACCOUNT, FROM, TO, Optional.empty(), Money.of("1"), ZoneOffset.UTC, 1,
                BigDecimal.ZERO, 16).periodsPerYear()).isEqualTo(1);
    }
}
