package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The converted documents with the few facts the home page lists them by. Read with one scan
 * per property over the whole union graph rather than several look-ups per document, so that
 * ten thousand documents cost a handful of index scans.
 */
final class Catalogue {
    /** One converted document as the home page shows it. */
    record Entry(Node doc, String symbol, String title, Node body, Node session, String date, String type) {
        boolean draft() {
            return type != null && type.contains("draft");
        }

        String year() {
            return date != null && date.length() >= 4 ? date.substring(0, 4) : null;
        }

        /** The entry with its symbol, title and type, for one that was read without them. */
        Entry named(Data data) {
            if (symbol != null || title != null) return this;
            Node t = data.object(doc, Terms.DOCUMENT_TYPE);
            return new Entry(doc, data.text(doc, Terms.SYMBOL), data.text(doc, Terms.DCT_TITLE), body, session, date,
                    t == null || !t.isURI() ? null : Labels.tail(t.getURI()));
        }
    }

    private Catalogue() {}

    /**
     * @param withNames also read every symbol, title and type (to search them); without, the
     *     entries are only grouped and sorted, and the few shown are completed with {@link Entry#named}
     */
    static List<Entry> read(Data data, boolean withNames) {
        Map<Node, String> files = new LinkedHashMap<>();
        data.each(Node.ANY, Terms.SOURCE_FILE, Node.ANY, t -> files.putIfAbsent(t.getSubject(), ""));
        Map<Node, String> symbols = withNames ? literals(data, Terms.SYMBOL, files) : Map.of();
        Map<Node, String> titles = withNames ? literals(data, Terms.DCT_TITLE, files) : Map.of();
        Map<Node, String> adopted = literals(data, Terms.ADOPTION_DATE, files);
        Map<Node, String> issued = literals(data, Terms.ISSUED, files);
        Map<Node, Node> bodies = resources(data, Terms.ISSUING_BODY, files);
        Map<Node, Node> sessions = resources(data, Terms.SESSION, files);
        Map<Node, Node> types = withNames ? resources(data, Terms.DOCUMENT_TYPE, files) : Map.of();
        List<Entry> out = new ArrayList<>(files.size());
        for (Node d : files.keySet()) {
            String date = adopted.getOrDefault(d, issued.get(d));
            Node type = types.get(d);
            out.add(new Entry(d, symbols.get(d), titles.get(d), bodies.get(d), sessions.get(d), date,
                    type == null || !type.isURI() ? null : Labels.tail(type.getURI())));
        }
        return out;
    }

    private static Map<Node, String> literals(Data data, Node p, Map<Node, String> docs) {
        Map<Node, String> out = new HashMap<>();
        data.each(Node.ANY, p, Node.ANY, (Triple t) -> {
            if (t.getObject().isLiteral() && docs.containsKey(t.getSubject())) out.putIfAbsent(t.getSubject(), t.getObject().getLiteralLexicalForm());
        });
        return out;
    }

    private static Map<Node, Node> resources(Data data, Node p, Map<Node, String> docs) {
        Map<Node, Node> out = new HashMap<>();
        data.each(Node.ANY, p, Node.ANY, (Triple t) -> {
            if (docs.containsKey(t.getSubject())) out.putIfAbsent(t.getSubject(), t.getObject());
        });
        return out;
    }
}
