package io.tradekit.bootstrap.replay;

import io.tradekit.domain.tape.MarketTrade;
import java.time.Instant;

/** One row of the tape: the venue print, when the bot received it, and where it sits in the file. */
public record TapePrint(MarketTrade trade, Instant receivedAt, long line) {
}
