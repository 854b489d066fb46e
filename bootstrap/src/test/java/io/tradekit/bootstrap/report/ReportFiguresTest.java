package io.tradekit.bootstrap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReportFiguresTest {

    @Test
    void eachFigureHasAKeyOfItsOwn() {
        assertThat(ReportFigures.ALL).extracting(ReportFigures.Figure::key).doesNotHaveDuplicates()
                .allMatch(key -> key.matches("[a-z]+(_[a-z]+)*"));
    }

    /** The JSON keys are an interface: docs/replay.md names every one. */
    @Test
    void everyKeyIsDocumented() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "replay.md"));
        String keys = docs.substring(docs.indexOf("### JSON keys"), docs.indexOf("### HTML"));

        assertThat(ReportFigures.ALL).allSatisfy(figure -> assertThat(keys).contains("`" + figure.key() + "`"));
    }

    @Test
    void theJsonWritesEveryFigureInTheListsOrderThenTheRunAndTheSeries() {
        assertThat(JsonReportWriter.toMap(Reports.twoCloses()).keySet()).containsExactlyElementsOf(
                Stream.concat(ReportFigures.ALL.stream().map(ReportFigures.Figure::key),
                        Stream.of("run", "equity_curve", "daily_equity")).toList());
    }

    @Test
    void theMaxDrawdownIsAPercentInTheJsonAndTheWinRateStaysAFraction() {
        ReplayReport report = Reports.twoCloses();

        assertThat(ReportFigures.MAX_DRAWDOWN_PCT.text(report)).isEqualTo("0.95%");
        assertThat(ReportFigures.MAX_DRAWDOWN_PCT.json(report)).hasToString("0.9495252373813093");
        assertThat(ReportFigures.WIN_RATE.text(report)).isEqualTo("50.00%");
        assertThat(ReportFigures.WIN_RATE.json(report)).hasToString("0.5");
        assertThat(ReportFigures.NET_PROFIT.title()).isEqualTo("Net profit");
        assertThat(ReportFigures.DRAWDOWN_PEAK_AT.json(Reports.empty("t.csv"))).isNull();
    }
}
