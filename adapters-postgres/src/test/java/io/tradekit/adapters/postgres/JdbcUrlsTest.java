package io.tradekit.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 9 case 3: every form in which a URL or a message can carry a password pgjdbc would use. */
class JdbcUrlsTest {
    private static final String SECRET = "S3cr%40t-77";

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:postgresql://bot:" + SECRET + "@db:5432/trading",
            "jdbc:postgresql://db:5432/trading?password=" + SECRET,
            "jdbc:postgresql://db:5432/trading?ssl=true&PASSWORD=" + SECRET + "&ApplicationName=x",
            "jdbc:postgresql://db:5432/trading?sslpassword=" + SECRET,
            "jdbc:postgresql://db:5432/trading?SslPassword=" + SECRET,
            "jdbc:postgresql://db:5432/trading?pass%77ord=" + SECRET,
            "jdbc:postgresql://db:5432/trading?sslfactoryarg=" + SECRET,
            "could not connect to jdbc:postgresql://bot:" + SECRET + "@db/trading: refused",
            "options: password = " + SECRET + " and more"})
    void blanksThePassword(String text) {
        String sanitized = JdbcUrls.sanitize(text);

        assertThat(sanitized).doesNotContain(SECRET).doesNotContain("S3cr").contains(JdbcUrls.MASK);
    }

    @Test
    void keepsWhatIsNoSecret() {
        String url = "jdbc:postgresql://bot@db:5432/trading?ssl=true&ApplicationName=x&user=bot";

        assertThat(JdbcUrls.sanitize(url)).isEqualTo(url);
        assertThat(JdbcUrls.sanitize("jdbc:postgresql://bot:pw@db/t?password=x"))
                .isEqualTo("jdbc:postgresql://bot:****@db/t?password=****");
    }

    @Test
    void theSecretsOfAUrlAreFoundRawAndDecoded() {
        assertThat(JdbcUrls.secretsOf("jdbc:postgresql://bot:" + SECRET + "@db/t?sslpassword=other"))
                .contains(SECRET, "S3cr@t-77", "other");
    }

    @Test
    void settingsPrintNoSecret() {
        PostgresSettings settings = PostgresSettings.of("jdbc:postgresql://bot:" + SECRET + "@db/t?sslpassword="
                + SECRET, "bot", "pw-x");

        assertThat(settings.toString()).doesNotContain(SECRET).doesNotContain("pw-x");
        assertThat(settings.server()).isEqualTo("db");
    }
}
