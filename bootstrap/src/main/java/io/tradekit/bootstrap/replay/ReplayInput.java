package io.tradekit.bootstrap.replay;

import java.util.List;

/**
 * The validated input of a replay: prints in file order, and resolutions in file order.
 * {@link ReplayInputReader} builds it only when both files are free of problems.
 */
public record ReplayInput(String tapeName, List<TapePrint> prints, String resolutionsName, List<Resolution> resolutions) {
    public ReplayInput {
        prints = List.copyOf(prints);
        resolutions = List.copyOf(resolutions);
    }
}
