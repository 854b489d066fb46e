package io.tradekit.adapters.postgres.limits;

import org.apache.ibatis.annotations.Param;

/** SQL in RiskLimitSettingsMapper.xml. */
interface RiskLimitSettingsMapper {
    RiskLimitSettingsRow find(@Param("accountId") String accountId);

    /** Stores limits never stored before at version 1; 0 when another writer stored some first. */
    int insertFirst(RiskLimitSettingsRow row);

    /** Stores limits over {@code row.version()}, bumping it; 0 when that version is gone. */
    int update(RiskLimitSettingsRow row);
}
