package io.tradekit.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class PostgresSettingsTest {
    private static final String URL = "jdbc:postgresql://db.example:5432/trading";

    @Test
    void toStringNeverShowsThePassword() {
        PostgresSettings settings = PostgresSettings.of(URL, "bot", "hunter2-secret");

        assertThat(settings.toString()).doesNotContain("hunter2-secret").contains("password=****", "db.example",
                "schema=tradekit", "poolSize=10", "migrateOnStart=true");
        assertThat(PostgresSettings.of(URL, "bot", null).toString()).contains("password=(none)");
    }

    @Test
    void badSettingsNameTheirField() {
        assertThatThrownBy(() -> PostgresSettings.of("jdbc:mysql://x/y", "bot", "p"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("jdbcUrl"));
        assertThatThrownBy(() -> PostgresSettings.of(URL, " ", "p"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("user"));
        assertThatThrownBy(() -> PostgresSettings.of(URL, "bot", "p").withSchema("Trade-Kit"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("schema"));
        assertThatThrownBy(() -> PostgresSettings.of(URL, "bot", "p").withSchema("x; DROP SCHEMA public"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PostgresSettings.of(URL, "bot", "p").withPoolSize(0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("poolSize"));
    }

    @Test
    void aBadUrlIsReportedWithoutItsPassword() {
        assertThatThrownBy(() -> PostgresSettings.of("postgresql://h/db?user=a&password=topsecret", "bot", null))
                .hasMessageNotContaining("topsecret").hasMessageContaining("password=****");
    }

    @Test
    void withersChangeOneSetting() {
        PostgresSettings settings = PostgresSettings.of(URL, "bot", "p").withSchema("bot_7").withPoolSize(3)
                .withMigrateOnStart(false);

        assertThat(settings).isEqualTo(new PostgresSettings(URL, "bot", "p", "bot_7", 3, false));
    }
}
