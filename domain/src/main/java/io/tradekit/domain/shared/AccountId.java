package io.tradekit.domain.shared;

/** One bot, agent or strategy book; every aggregate belongs to one, so many bots can share a store. */
public record AccountId(String value) {
    public AccountId {
        Require.id(value, "accountId");
    }

    public static AccountId of(String value) {
        return new AccountId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
