package org.resograph.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over token keys: finds, at a token position, every entry whose phrase starts there.
 * Matching all names of the reference data is one walk per position, whatever their number.
 */
public final class Trie<T> {
    private final Node<T> root = new Node<>();

    private static final class Node<T> {
        Map<String, Node<T>> next;
        List<T> values;
    }

    public void add(List<String> keys, T value) {
        if (keys.isEmpty()) return;
        Node<T> n = root;
        for (String k : keys) {
            if (n.next == null) n.next = new HashMap<>(4);
            n = n.next.computeIfAbsent(k, x -> new Node<>());
        }
        if (n.values == null) n.values = new ArrayList<>(1);
        if (!n.values.contains(value)) n.values.add(value);
    }

    /** A phrase found: tokens [start, end) and what it names. */
    public record Hit<T>(int start, int end, T value) {}

    /** Every entry whose keys match the tokens from {@code start}, shortest first. */
    public void matchAt(List<Token> tokens, int start, List<Hit<T>> out) {
        Node<T> n = root;
        for (int i = start; i < tokens.size(); i++) {
            if (n.next == null) return;
            n = n.next.get(tokens.get(i).key());
            if (n == null) return;
            if (n.values != null) for (T v : n.values) out.add(new Hit<>(start, i + 1, v));
        }
    }

    public List<Hit<T>> matchAll(List<Token> tokens) {
        List<Hit<T>> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) matchAt(tokens, i, out);
        return out;
    }
}
