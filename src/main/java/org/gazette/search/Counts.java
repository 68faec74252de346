package org.gazette.search;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/**
 * A number per token of one document, packed pairs in an open-addressing table (no string, no
 * boxing for the bigrams that are most of a text) and other tokens in a map. Pair 0 (two NUL
 * characters) cannot be a token, so it marks an empty slot.
 */
final class Counts {

    private int[] keys;
    private int[] values;
    private int size;
    private final Map<String, Integer> others = new HashMap<>();

    Counts() {
        this(0);
    }

    /**
     * A table that holds {@code expected} pairs without growing: a body's table grew four or five
     * times by doubling, each time placing every pair again (a fifth of the index's CPU samples).
     */
    Counts(int expected) {
        int capacity = 256;
        while (capacity < expected * 2) {
            capacity <<= 1;
        }
        keys = new int[capacity];
        values = new int[capacity];
    }

    /** How many distinct pairs it holds. */
    int pairs() {
        return size;
    }

    /** A sink that combines {@code value} into each token's number with {@code combine}. */
    SearchTokens.Sink adding(int value, IntBinaryOperator combine) {
        return new SearchTokens.Sink() {
            @Override
            public void pair(int packed) {
                merge(packed, value, combine);
            }

            @Override
            public void token(String token) {
                others.merge(token, value, combine::applyAsInt);
            }
        };
    }

    /**
     * A sink that counts each token's occurrences: {@code adding(1, Integer::sum)} without a call
     * through the operator per token, the body's pairs being most of a site's tokens.
     */
    SearchTokens.Sink counting() {
        return new SearchTokens.Sink() {
            @Override
            public void pair(int packed) {
                int mask = keys.length - 1;
                int slot = mix(packed) & mask;
                while (keys[slot] != 0) {
                    if (keys[slot] == packed) {
                        values[slot]++;
                        return;
                    }
                    slot = (slot + 1) & mask;
                }
                insert(slot, packed, 1);
            }

            @Override
            public void token(String token) {
                others.merge(token, 1, Integer::sum);
            }
        };
    }

    void merge(int key, int value, IntBinaryOperator combine) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                values[slot] = combine.applyAsInt(values[slot], value);
                return;
            }
            slot = (slot + 1) & mask;
        }
        insert(slot, key, value);
    }

    private void insert(int slot, int key, int value) {
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    void replaceAll(IntUnaryOperator change) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                values[i] = change.applyAsInt(values[i]);
            }
        }
        others.replaceAll((token, value) -> change.applyAsInt(value));
    }

    /** Merges every number of this into {@code target}. */
    void mergeInto(Counts target, IntBinaryOperator combine) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                target.merge(keys[i], values[i], combine);
            }
        }
        others.forEach((token, value) -> target.others.merge(token, value, combine::applyAsInt));
    }

    SearchIndexWriter.Weighed weighed() {
        int[] pairs = new int[size];
        byte[] pairWeights = new byte[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                pairs[n] = keys[i];
                pairWeights[n++] = (byte) values[i];
            }
        }
        String[] tokens = others.keySet().toArray(String[]::new);
        byte[] otherWeights = new byte[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            otherWeights[i] = (byte) (int) others.get(tokens[i]);
        }
        return new SearchIndexWriter.Weighed(pairs, pairWeights, tokens, otherWeights);
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                merge(oldKeys[i], oldValues[i], (a, b) -> b);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ h >>> 16;
    }
}
