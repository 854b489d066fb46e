package io.tradekit.adapters.inmemory;

import java.util.Map;
import java.util.NavigableMap;
import java.util.function.BiFunction;

/**
 * A running fold over the tail of a sorted index from a start key (e.g. "today's closes"), remembered so
 * the next call only folds what was appended since. The owner bumps a generation whenever the index
 * changes other than by appending after its last key (a removal, an out-of-order insert); a remembered
 * fold from another generation, or another start key, is recomputed from scratch.
 *
 * <p>The caller runs {@link #fold} under a consistent read of the index (a validated optimistic read or
 * a read lock) and then {@link #remember}s the result; any result so computed is correct for its
 * generation, so racing readers may publish in any order.
 */
public final class TailTally<K, V, S> {
    private final S zero;
    private final BiFunction<S, V, S> add;
    private volatile Fold<K, S> remembered;

    /** A fold over the index from {@code from} up to and including {@code upTo} (null: nothing yet). */
    public record Fold<K, S>(K from, K upTo, S sum, long generation) {
    }

    public TailTally(S zero, BiFunction<S, V, S> add) {
        this.zero = zero;
        this.add = add;
    }

    public Fold<K, S> fold(NavigableMap<K, V> index, K from, long generation) {
        Fold<K, S> known = remembered;
        S sum;
        K upTo;
        NavigableMap<K, V> rest;
        if (known != null && known.generation() == generation && known.from().equals(from) && known.upTo() != null) {
            sum = known.sum();
            upTo = known.upTo();
            rest = index.tailMap(upTo, false);
        } else {
            sum = zero;
            upTo = null;
            rest = index.tailMap(from, true);
        }
        for (Map.Entry<K, V> e : rest.entrySet()) {
            sum = add.apply(sum, e.getValue());
            upTo = e.getKey();
        }
        return new Fold<>(from, upTo, sum, generation);
    }

    public void remember(Fold<K, S> fold) {
        remembered = fold;
    }
}
