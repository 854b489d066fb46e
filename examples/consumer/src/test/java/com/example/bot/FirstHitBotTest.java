package com.example.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstHitBotTest {
    @Test
    void theFirstPrintAtOrAboveTheThresholdOpensOnePosition() {
        List<Position> open = FirstHitBot.run();

        assertEquals(1, open.size(), "open positions");
        Position position = open.get(0);
        assertEquals(FirstHitBot.YES, position.tokenId());
        assertEquals(Quantity.of("10"), position.size());
        assertEquals(Price.of("0.96"), position.averageEntryPrice());
        // fees are tracked apart from the cost basis (docs/domain-rules.md)
        assertEquals(Money.of("9.60"), position.costBasis());
        assertEquals(Money.of("0.02"), position.fees());
    }
}
