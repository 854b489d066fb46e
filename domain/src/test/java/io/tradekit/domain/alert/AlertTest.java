package io.tradekit.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertTest {
    private final Alert open = Alert.raise(Ids.account(), AlertKey.of("halt", "3"), AlertSeverity.CRITICAL, "test",
            "halted", Map.of("b", new BigDecimal("2"), "a", new BigDecimal("1.5")), Instants.T0);

    @Test
    void openThenAcknowledgedThenResolved() {
        assertThat(open.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(open.figures().keySet()).containsExactly("a", "b");
        Alert acked = open.acknowledge("anna", Instants.T0.plusSeconds(1));
        assertThat(acked.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThatThrownBy(() -> acked.acknowledge("bob", Instants.T0.plusSeconds(2)))
                .isInstanceOf(IllegalTransitionException.class);
        Alert resolved = acked.resolve("bob", Instants.T0.plusSeconds(3));
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.acknowledgedBy()).isEqualTo("anna");
        assertThat(resolved.isOpen()).isFalse();
        assertThatThrownBy(() -> resolved.resolve("x", Instants.T0.plusSeconds(4)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void resolvingAnOpenAlertAcknowledgesItToo() {
        Alert resolved = open.resolve("anna", Instants.T0.plusSeconds(5));
        assertThat(resolved.acknowledgedBy()).isEqualTo("anna");
        assertThat(resolved.acknowledgedAt()).isEqualTo(Instants.T0.plusSeconds(5));
    }

    @Test
    void aKeyIsAnIdAndAFigureAnExactDecimal() {
        assertThatThrownBy(() -> AlertKey.of("two words")).hasMessageStartingWith("alertKey");
        assertThatThrownBy(() -> Alert.raise(Ids.account(), AlertKey.of("k"), AlertSeverity.INFO, "s", "m",
                Map.of("x", new BigDecimal("0.123456789")), Instants.T0)).hasMessageStartingWith("figures.x");
        assertThatThrownBy(() -> Alert.raise(Ids.account(), AlertKey.of("k"), AlertSeverity.INFO, "s", " ",
                Map.of(), Instants.T0)).hasMessageStartingWith("message");
    }
}
