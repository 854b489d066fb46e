package io.tradekit.bootstrap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportWritersTest {
    static final List<String> REQUIRED_KEYS = List.of("prints", "prints_new", "late_skipped", "stale_skipped",
            "triggers", "entries", "rejected_by_risk", "closed", "open", "wins", "losses", "win_rate", "net_profit",
            "gross_profit", "gross_loss", "profit_factor", "expectancy", "max_drawdown", "max_drawdown_pct", "sharpe",
            "sortino", "cagr", "calmar", "starting_capital", "ending_equity");

    /** Reads JSON numbers as exact decimals, not doubles. */
    private static ObjectMapper exact() {
        return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    @Nested
    class Json {
        @Test
        void hasEveryKeyWithFiguresAsJsonNumbers() throws Exception {
            JsonNode json = exact().readTree(JsonReportWriter.toJson(Reports.twoCloses()));

            assertThat(json.fieldNames()).toIterable().containsAll(REQUIRED_KEYS);
            assertThat(json.get("prints").isIntegralNumber()).isTrue();
            assertThat(json.get("prints").asLong()).isEqualTo(120);
            assertThat(json.get("net_profit").isNumber()).isTrue();
            assertThat(json.get("net_profit").decimalValue()).isEqualByComparingTo("-9");
            assertThat(json.get("profit_factor").decimalValue()).isEqualByComparingTo("0.05263157894736842");
            // the model's fraction 0.009495252373813093 as a percent, exactly; win_rate stays a fraction
            assertThat(json.get("max_drawdown_pct").decimalValue()).isEqualByComparingTo("0.9495252373813093");
            assertThat(json.get("win_rate").decimalValue()).isEqualByComparingTo("0.5");
            assertThat(json.get("ending_equity").decimalValue()).isEqualByComparingTo("991");
            assertThat(json.get("equity_curve")).hasSize(2);
            assertThat(json.get("equity_curve").get(1).get("equity").decimalValue()).isEqualByComparingTo("991");
            assertThat(json.get("daily_equity").get(2).get("day").asText()).isEqualTo("2026-03-03");
            assertThat(json.get("run").get("threshold").decimalValue()).isEqualByComparingTo("0.95");
        }

        @Test
        void absentFiguresAreNull() throws Exception {
            JsonNode json = exact().readTree(JsonReportWriter.toJson(Reports.empty("t.csv")));

            for (String key : List.of("win_rate", "profit_factor", "expectancy", "max_drawdown", "max_drawdown_pct",
                    "sharpe", "sortino", "calmar")) {
                assertThat(json.has(key)).as(key).isTrue();
                assertThat(json.get(key).isNull()).as(key).isTrue();
            }
            assertThat(json.get("sharpe").isNull()).isTrue();
            assertThat(json.get("cagr").decimalValue()).isEqualByComparingTo("0");
        }

        @Test
        void numbersAreWrittenPlainNeverInExponentForm() {
            String json = JsonReportWriter.toJson(Reports.empty("t.csv"));

            assertThat(json).contains("\"starting_capital\" : 1000,").doesNotContainPattern("\\d[eE][+-]?\\d");
        }
    }

    @Nested
    class Text {
        @Test
        void showsTheFiguresAlignedWithAbsentOnesAsNa() {
            String text = SummaryTable.render(Reports.twoCloses());

            assertThat(text).contains(line("prints", "120"), line("after resolution (skipped)", "1"),
                    line("closed", "2") + "   (wins 1, losses 1, breakeven 0)", line("net profit", "-9.00"),
                    line("profit factor", "0.05"), line("win rate", "50.00%"),
                    line("max drawdown", "9.50") + "   (0.95%)", line("sharpe", "n/a"), line("CAGR", "-66.60%"),
                    line("equity", "1,000.00 -> 991.00"));
            assertThat(text).startsWith("tradekit replay of tape.csv + res.csv").contains("(UTC)");
        }
    }

    /** A row of the table: the label in 28 columns, the value right-aligned in 12. */
    private static String line(String label, String value) {
        return String.format("  %-28s%12s", label, value);
    }

    @Nested
    class Html {
        @Test
        void isOneSelfContainedPage() {
            String html = HtmlReportWriter.render(Reports.twoCloses());

            assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").endsWith("</html>\n");
            assertThat(html).doesNotContain("<script", "<link", "<img", "@import", "url(", "src=");
            // the only URL is the SVG namespace, which is an identifier, never fetched
            assertThat(Pattern.compile("https?://").matcher(html).results().count())
                    .isEqualTo(Pattern.compile("xmlns=\"http://www.w3.org/2000/svg\"").matcher(html).results().count());
            assertThat(Pattern.compile("<svg ").matcher(html).results().count()).isEqualTo(2);
        }

        @Test
        void showsTheSummaryAndBothCharts() {
            String html = HtmlReportWriter.render(Reports.twoCloses());

            assertThat(html).contains("Equity curve", "Drawdown from the running peak", "Net profit", "-9.00",
                    "991.00", "0.95%", "class=\"line\"", "class=\"area\"");
        }

        @Test
        void theDrawdownSeriesIsMeasuredFromTheRunningPeak() {
            List<SvgChart.Step> drawdown = HtmlReportWriter.drawdownSteps(HtmlReportWriter.equitySteps(Reports.twoCloses()));

            // 1000 (peak) -> 1000.5 (new peak) -> 991: 9.5 / 1000.5 = 0.9495... %
            assertThat(drawdown).extracting(s -> s.value().doubleValue())
                    .containsExactly(0.0, 0.0, -0.9495252373813093);
        }

        @Test
        void escapesWhatComesFromTheUser() {
            String html = HtmlReportWriter.render(Reports.empty("<b>evil</b>.csv"));

            assertThat(html).contains("&lt;b&gt;evil&lt;/b&gt;.csv").doesNotContain("<b>evil");
        }

        @Test
        void anEmptyReportStillDrawsItsAxes() {
            String html = HtmlReportWriter.render(Reports.empty("t.csv"));

            assertThat(html).contains("n/a").contains("class=\"grid\"");
        }
    }

    @Test
    void niceTicksAreRoundNumbersCoveringTheRange() {
        assertThat(SvgChart.niceTicks(991, 1000.5, 5)).containsExactly(990, 992, 994, 996, 998, 1000, 1002);
        assertThat(SvgChart.niceTicks(-0.95, 0, 5)).containsExactly(-1.0, -0.8, -0.6, -0.4, -0.2, 0.0);
    }
}
