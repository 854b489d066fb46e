package io.tradekit.domain.ledger;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The running figures of one account that a pre-trade check judges, kept as state so that a check never reads
 * the account's history. This class is the one place their rules are written:
 *
 * <ul>
 * <li><b>realized net total</b>: the sum of the net P&amp;L (realized - fees) of every position closed or
 * settled, booked when it closes ({@link #close});</li>
 * <li><b>peak</b>: the highest value that total reached, starting from zero (so never negative), taken after
 * ALL closes of one instant: a sum halfway through the closes that share one close time was never the
 * account's equity (a market settling both tokens at once makes no phantom peak);</li>
 * <li><b>losing streak</b>: closes in a row, most recent last, with a net loss; a win or a breakeven (net
 * &gt;= 0) ends it;</li>
 * <li><b>last close time</b>: the latest close time booked;</li>
 * <li><b>the day's figures</b> ({@link #day}): realized P&amp;L, fees and trades of the entries
 * {@link #book booked} at or after the day's start. P&amp;L counts when it is realized (a partial reduce counts
 * the day it happens), fees when they are paid.</li>
 * </ul>
 *
 * <p>Closes are folded in the order they are booked. A close booked with a time not after the last close time
 * (a late report) joins the last instant: the figures are only ever extended, never rewritten, since
 * rewriting would need the history this ledger exists not to read.
 *
 * <p>Immutable; every change returns the next state at the same {@link #version()}, which the repository
 * compares and bumps when it stores it (optimistic locking, as for positions). A ledger loaded by
 * {@link AccountLedgerRepository#find} holds the entries booked since the instant asked for, plus those booked
 * on it since: {@link #day} refuses a day that starts before them.
 */
public final class AccountLedger {
    private final AccountId accountId;
    private final long closes;
    private final Money realizedNetTotal;
    private final Money peakRealizedNet;
    private final Money peakBeforeLastClose;
    private final int losingStreak;
    private final Instant lastCloseAt;
    private final long entryCount;
    private final long version;
    private final Instant entriesSince;
    private final List<LedgerEntry> entries;
    private final List<LedgerEntry> unsaved;

    private AccountLedger(AccountId accountId, long closes, Money realizedNetTotal, Money peakRealizedNet,
            Money peakBeforeLastClose, int losingStreak, Instant lastCloseAt, long entryCount, long version,
            Instant entriesSince, List<LedgerEntry> entries, List<LedgerEntry> unsaved) {
        this.accountId = Require.nonNull(accountId, "accountId");
        this.realizedNetTotal = Require.nonNull(realizedNetTotal, "realizedNetTotal");
        this.peakRealizedNet = Require.nonNull(peakRealizedNet, "peakRealizedNet");
        this.peakBeforeLastClose = Require.nonNull(peakBeforeLastClose, "peakBeforeLastClose");
        this.entriesSince = Require.nonNull(entriesSince, "entriesSince");
        this.entries = List.copyOf(Require.nonNull(entries, "entries"));
        this.unsaved = List.copyOf(unsaved);
        this.lastCloseAt = lastCloseAt == null ? null : Times.micros(lastCloseAt, "lastCloseAt");
        if (closes < 0) {
            throw new InvalidValueException("closes", "must not be negative, got " + closes);
        }
        if (losingStreak < 0 || losingStreak > closes) {
            throw new InvalidValueException("losingStreak", "must lie in [0, closes = " + closes + "], got "
                    + losingStreak);
        }
        if ((closes == 0) != (lastCloseAt == null)) {
            throw new InvalidValueException("lastCloseAt", "a ledger has a last close time exactly when it has closes");
        }
        if (peakBeforeLastClose.isNegative() || peakBeforeLastClose.compareTo(peakRealizedNet) > 0) {
            throw new InvalidValueException("peakBeforeLastClose", "must lie in [0, peak = " + peakRealizedNet
                    + "], got " + peakBeforeLastClose);
        }
        if (peakRealizedNet.compareTo(realizedNetTotal.max(Money.ZERO)) < 0) {
            throw new InvalidValueException("peakRealizedNet", "is at least the total (and 0), got " + peakRealizedNet
                    + " with a total of " + realizedNetTotal);
        }
        if (entryCount < 0) {
            throw new InvalidValueException("entryCount", "must not be negative, got " + entryCount);
        }
        if (version < 0) {
            throw new InvalidValueException("version", "must not be negative, got " + version);
        }
        for (LedgerEntry e : this.entries) {
            if (e.at().isBefore(entriesSince) || e.sequence() > entryCount) {
                throw new InvalidValueException("entries", "entry " + e.sequence() + " at " + e.at()
                        + " is not one of the " + entryCount + " entries booked since " + entriesSince);
            }
        }
        this.closes = closes;
        this.losingStreak = losingStreak;
        this.entryCount = entryCount;
        this.version = version;
    }

    /** The ledger of an account that never realized anything, never stored (version 0). */
    public static AccountLedger empty(AccountId accountId) {
        return new AccountLedger(accountId, 0, Money.ZERO, Money.ZERO, Money.ZERO, 0, null, 0, 0, Instant.MIN,
                List.of(), List.of());
    }

    /**
     * Rebuilds a stored ledger exactly as it was saved, with the stored entries booked at or after
     * {@code entriesSince}; only storage adapters call this.
     */
    public static AccountLedger restore(AccountId accountId, long closes, Money realizedNetTotal, Money peakRealizedNet,
            Money peakBeforeLastClose, int losingStreak, Instant lastCloseAt, long entryCount, long version,
            Instant entriesSince, List<LedgerEntry> entries) {
        return new AccountLedger(accountId, closes, realizedNetTotal, peakRealizedNet, peakBeforeLastClose,
                losingStreak, lastCloseAt, entryCount, version, entriesSince, entries, List.of());
    }

    /**
     * Books what happened at {@code at}: P&amp;L realized (before fees; a partial reduce too), fees paid and
     * executions with a fill. An entry of nothing (all zero) is not booked.
     */
    public AccountLedger book(Instant at, Money realizedPnl, Money fees, long trades) {
        Require.nonNull(realizedPnl, "realizedPnl");
        Require.nonNull(fees, "fees");
        if (realizedPnl.isZero() && fees.isZero() && trades == 0) {
            Times.micros(at, "at");
            return this;
        }
        LedgerEntry entry = new LedgerEntry(entryCount + 1, at, realizedPnl, fees, trades);
        List<LedgerEntry> next = new ArrayList<>(unsaved);
        next.add(entry);
        return new AccountLedger(accountId, closes, realizedNetTotal, peakRealizedNet, peakBeforeLastClose,
                losingStreak, lastCloseAt, entryCount + 1, version, entriesSince, entries, next);
    }

    /**
     * Books a position closed or settled at {@code closedAt} with net P&amp;L {@code netPnl} (realized - fees,
     * over the position's whole life): the total, the peak after all closes of an instant, the streak and the
     * last close time move.
     */
    public AccountLedger close(Money netPnl, Instant closedAt) {
        Require.nonNull(netPnl, "netPnl");
        Instant at = Times.micros(closedAt, "closedAt");
        Money total = realizedNetTotal.plus(netPnl);
        boolean sameInstant = lastCloseAt != null && !at.isAfter(lastCloseAt);
        // the peak before this instant stays; the instant's own figure is redone with every close it gets
        Money before = sameInstant ? peakBeforeLastClose : peakRealizedNet;
        Money peak = before.max(total);
        Instant last = sameInstant ? lastCloseAt : at;
        int streak = netPnl.isNegative() ? losingStreak + 1 : 0;
        return new AccountLedger(accountId, closes + 1, total, peak, before, streak, last, entryCount, version,
                entriesSince, entries, unsaved);
    }

    /**
     * The figures of the trading day starting at {@code dayStart}: the entries booked at or after it (the
     * day's end is not a bound: nothing is booked in a day that has not begun, unless the clock lags).
     *
     * @throws InvalidValueException when this ledger was loaded with the entries of a later instant only
     */
    public LedgerDay day(Instant dayStart) {
        Require.nonNull(dayStart, "dayStart");
        if (dayStart.isBefore(entriesSince)) {
            throw new InvalidValueException("dayStart", "this ledger holds the entries since " + entriesSince
                    + ", not since " + dayStart + ": load it with the day's start");
        }
        LedgerDay day = LedgerDay.NONE;
        for (LedgerEntry e : entries) {
            if (!e.at().isBefore(dayStart)) {
                day = day.plus(e);
            }
        }
        for (LedgerEntry e : unsaved) {
            if (!e.at().isBefore(dayStart)) {
                day = day.plus(e);
            }
        }
        return day;
    }

    /** The entries booked on this state and not stored yet, in booking order: what a repository appends. */
    public List<LedgerEntry> unsavedEntries() {
        return unsaved;
    }

    /** This state as stored at {@code storedVersion}, its entries now stored; only repositories call this. */
    public AccountLedger stored(long storedVersion) {
        List<LedgerEntry> all = new ArrayList<>(entries);
        for (LedgerEntry e : unsaved) {
            if (!e.at().isBefore(entriesSince)) {
                all.add(e);
            }
        }
        return new AccountLedger(accountId, closes, realizedNetTotal, peakRealizedNet, peakBeforeLastClose,
                losingStreak, lastCloseAt, entryCount, storedVersion, entriesSince, all, List.of());
    }

    public AccountId accountId() {
        return accountId;
    }

    /** Positions closed or settled so far. */
    public long closes() {
        return closes;
    }

    public Money realizedNetTotal() {
        return realizedNetTotal;
    }

    public Money peakRealizedNet() {
        return peakRealizedNet;
    }

    /** The peak over the instants before the last close time: what a further close at that time is judged from. */
    public Money peakBeforeLastClose() {
        return peakBeforeLastClose;
    }

    public int losingStreak() {
        return losingStreak;
    }

    /** Time of the latest close, null when none. */
    public Instant lastCloseAt() {
        return lastCloseAt;
    }

    /** Entries ever booked: the last entry's sequence number. */
    public long entryCount() {
        return entryCount;
    }

    public long version() {
        return version;
    }

    public Instant entriesSince() {
        return entriesSince;
    }

    /** The stored entries booked at or after {@link #entriesSince()}, in the order the store gave them. */
    public List<LedgerEntry> entries() {
        return entries;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AccountLedger l)) {
            return false;
        }
        return closes == l.closes && losingStreak == l.losingStreak && entryCount == l.entryCount
                && version == l.version && accountId.equals(l.accountId) && realizedNetTotal.equals(l.realizedNetTotal)
                && peakRealizedNet.equals(l.peakRealizedNet) && peakBeforeLastClose.equals(l.peakBeforeLastClose)
                && Objects.equals(lastCloseAt, l.lastCloseAt) && entriesSince.equals(l.entriesSince)
                && entries.equals(l.entries) && unsaved.equals(l.unsaved);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, version, closes, realizedNetTotal);
    }

    @Override
    public String toString() {
        return "AccountLedger[" + accountId + " closes=" + closes + " net=" + realizedNetTotal + " peak="
                + peakRealizedNet + " (before last " + peakBeforeLastClose + ") streak=" + losingStreak + " last="
                + lastCloseAt + " entries=" + entryCount + " v" + version + "]";
    }
}
