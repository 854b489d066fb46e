package io.tradekit.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresTestServerTest {
    private static final String NOBODY = "jdbc:postgresql://127.0.0.1:1/test?connectTimeout=2";

    @Test
    void whenNoServerAnswersItFailsSayingHowToProvideOne() {
        assertThatThrownBy(() -> PostgresTestServer.find(Map.of(), false, NOBODY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No PostgreSQL server for the tests")
                .hasMessageContaining(PostgresTestServer.URL_ENV)
                .hasMessageContaining("Docker")
                .hasMessageContaining("127.0.0.1:5432");
    }

    @Test
    void anExplicitUrlThatDoesNotAnswerFailsInsteadOfFallingBack() {
        Map<String, String> env = Map.of(PostgresTestServer.URL_ENV, NOBODY + "&password=hidden-pw",
                PostgresTestServer.PASSWORD_ENV, "hidden-pw");

        assertThatThrownBy(() -> PostgresTestServer.find(env, false, PostgresTestServer.LOCAL_URL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(PostgresTestServer.URL_ENV + " is set")
                .hasMessageNotContaining("hidden-pw");
    }

    @Test
    void anExplicitUrlThatAnswersIsUsed() {
        PostgresTestServer found = PostgresTestServer.get();
        Map<String, String> env = new java.util.HashMap<>(Map.of(PostgresTestServer.URL_ENV, found.jdbcUrl(),
                PostgresTestServer.USER_ENV, found.user()));
        if (found.password() != null) {
            env.put(PostgresTestServer.PASSWORD_ENV, found.password());
        }

        PostgresTestServer server = PostgresTestServer.find(env, false, NOBODY);

        assertThat(server.source()).isEqualTo(PostgresTestServer.URL_ENV);
        assertThat(server.jdbcUrl()).isEqualTo(found.jdbcUrl());
    }
}
