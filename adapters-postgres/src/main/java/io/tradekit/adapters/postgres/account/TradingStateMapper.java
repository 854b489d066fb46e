package io.tradekit.adapters.postgres.account;

import org.apache.ibatis.annotations.Param;

/** SQL in TradingStateMapper.xml. */
interface TradingStateMapper {
    TradingStateRow find(@Param("accountId") String accountId);

    /** Stores a state never stored before at version 1; 0 when another writer stored one first. */
    int insertFirst(TradingStateRow row);

    /** Stores the next state over {@code row.version()}, bumping the version; 0 when that version is gone. */
    int update(TradingStateRow row);
}
