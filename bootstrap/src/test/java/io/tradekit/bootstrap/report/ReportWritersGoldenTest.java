package io.tradekit.bootstrap.report;

import io.tradekit.bootstrap.GoldenFiles;
import org.junit.jupiter.api.Test;

/**
 * The three writers give the same bytes, for the hand-made reports of {@link Reports}, as when these golden files
 * were taken (before the writers were moved onto one figure list): the absent figures (n/a, null) and the
 * escaping included.
 */
class ReportWritersGoldenTest {
    @Test
    void twoCloses() {
        assertGolden("writers/two-closes", Reports.twoCloses());
    }

    @Test
    void nothingClosedAndATapeNameToEscape() {
        assertGolden("writers/empty", Reports.empty("<b>evil</b> & 'co'.csv"));
    }

    private static void assertGolden(String name, ReplayReport report) {
        GoldenFiles.assertSame(name + ".txt", SummaryTable.render(report));
        GoldenFiles.assertSame(name + ".json", JsonReportWriter.toJson(report));
        GoldenFiles.assertSame(name + ".html", HtmlReportWriter.render(report));
    }
}
