package org.resograph.lexicon;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

/** Small reads on a Jena graph, for loading the lexicon and the reference data. */
final class Graphs {
    private Graphs() {}

    static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    static List<Triple> find(Graph g, Node s, Node p, Node o) {
        ExtendedIterator<Triple> it = g.find(s, p, o);
        try {
            return it.toList();
        } finally {
            it.close();
        }
    }

    static String literal(Graph g, Node s, String p) {
        for (Triple t : find(g, s, uri(p), null)) if (t.getObject().isLiteral()) return t.getObject().getLiteralLexicalForm();
        return null;
    }

    static List<String> literals(Graph g, Node s, String p) {
        List<String> out = new ArrayList<>();
        for (Triple t : find(g, s, uri(p), null)) if (t.getObject().isLiteral()) out.add(t.getObject().getLiteralLexicalForm());
        return out;
    }

    static Node object(Graph g, Node s, String p) {
        List<Triple> ts = find(g, s, uri(p), null);
        return ts.isEmpty() ? null : ts.get(0).getObject();
    }

    static List<Node> objects(Graph g, Node s, String p) {
        List<Node> out = new ArrayList<>();
        for (Triple t : find(g, s, uri(p), null)) out.add(t.getObject());
        return out;
    }
}
