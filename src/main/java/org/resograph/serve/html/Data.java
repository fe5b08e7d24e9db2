package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Reads the union graph with plain {@link Graph#find} calls. Every helper closes its iterator
 * (a TDB2 iterator left open holds resources until the transaction ends) and removes
 * duplicates, since the union of named graphs can give the same triple more than once.
 */
final class Data {
    private final Graph g;

    Data(Graph g) {
        this.g = g;
    }

    List<Node> objects(Node s, Node p) {
        return collect(s, p, Node.ANY, Triple::getObject, Integer.MAX_VALUE);
    }

    Node object(Node s, Node p) {
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    List<Node> subjects(Node p, Node o) {
        return subjects(p, o, Integer.MAX_VALUE);
    }

    /** At most {@code limit} distinct subjects: hubs (a vocabulary concept, the General Assembly) have many. */
    List<Node> subjects(Node p, Node o, int limit) {
        return collect(Node.ANY, p, o, Triple::getSubject, limit);
    }

    private List<Node> collect(Node s, Node p, Node o, java.util.function.Function<Triple, Node> pick, int limit) {
        Set<Node> out = new LinkedHashSet<>();
        ExtendedIterator<Triple> it = g.find(s, p, o);
        try {
            while (it.hasNext() && out.size() < limit) out.add(pick.apply(it.next()));
        } finally {
            it.close();
        }
        return new ArrayList<>(out);
    }

    /** Every triple matching the pattern, in the store's order, duplicates removed. */
    List<Triple> triples(Node s, Node p, Node o, int limit) {
        Set<Triple> out = new LinkedHashSet<>();
        ExtendedIterator<Triple> it = g.find(s, p, o);
        try {
            while (it.hasNext() && out.size() < limit) out.add(it.next());
        } finally {
            it.close();
        }
        return new ArrayList<>(out);
    }

    /** Streams a whole pattern (for the scans of the home page), without collecting it. */
    void each(Node s, Node p, Node o, Consumer<Triple> action) {
        ExtendedIterator<Triple> it = g.find(s, p, o);
        try {
            while (it.hasNext()) action.accept(it.next());
        } finally {
            it.close();
        }
    }

    /** Counts matches up to {@code cap} (a count is for display; past the cap "cap+" will do). */
    int count(Node s, Node p, Node o, int cap) {
        int n = 0;
        ExtendedIterator<Triple> it = g.find(s, p, o);
        try {
            while (it.hasNext() && n < cap) {
                it.next();
                n++;
            }
        } finally {
            it.close();
        }
        return n;
    }

    /** The literal value of {@code p}, English or untagged first. */
    String text(Node s, Node p) {
        String any = null;
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral()) continue;
                String lang = o.getLiteralLanguage();
                if (lang.isEmpty() || lang.toLowerCase(java.util.Locale.ROOT).startsWith("en")) return o.getLiteralLexicalForm();
                if (any == null) any = o.getLiteralLexicalForm();
            }
        } finally {
            it.close();
        }
        return any;
    }

    List<String> texts(Node s, Node p) {
        List<String> out = new ArrayList<>();
        for (Node o : objects(s, p)) if (o.isLiteral() && !out.contains(o.getLiteralLexicalForm())) out.add(o.getLiteralLexicalForm());
        return out;
    }

    Integer integer(Node s, Node p) {
        String t = text(s, p);
        if (t == null) return null;
        try {
            return Integer.valueOf(t.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean has(Node s, Node p, Node o) {
        return g.contains(s, p, o);
    }

    boolean isA(Node s, Node cls) {
        return g.contains(s, Terms.TYPE, cls);
    }

    /** True when the dataset has a triple with {@code s} as subject. */
    boolean describes(Node s) {
        return s.isURI() && g.contains(s, Node.ANY, Node.ANY);
    }

    /** True when {@code n} is the subject or the object of some triple. */
    boolean knows(Node n) {
        return describes(n) || g.contains(Node.ANY, Node.ANY, n);
    }
}
