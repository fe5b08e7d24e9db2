package org.resograph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.resograph.rdf.Vocab;

/**
 * How terms are shown to a reader (the table and DOT formats): IRIs shortened with a prefix
 * ({@code id:body/UNODC} for {@code BASE id/body/UNODC}, {@code sdg:16.2}, the query's own
 * prefixes), literals as their text.
 */
public final class Display {
    private final List<Map.Entry<String, String>> namespaces;

    /** @param base the data base IRI; {@code prefixes} those of the query (may be null) */
    public Display(String base, PrefixMapping prefixes) {
        Map<String, String> ns = new LinkedHashMap<>();
        ns.put("id", base + "id/");
        ns.put("sdg", Vocab.SDG);
        ns.put("rgv", Vocab.RGV);
        ns.put("rg", Vocab.RG);
        if (prefixes != null) {
            prefixes.getNsPrefixMap().forEach((p, uri) -> {
                if (!ns.containsValue(uri) && !ns.containsKey(p)) ns.put(p, uri);
            });
        }
        List<Map.Entry<String, String>> list = new ArrayList<>(ns.entrySet());
        // The longest namespace that fits wins.
        list.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed());
        this.namespaces = List.copyOf(list);
    }

    /** The text shown for a term; empty for no value. */
    public String show(Node n) {
        if (n == null) return "";
        if (n.isURI()) {
            String uri = n.getURI();
            for (Map.Entry<String, String> e : namespaces) {
                String ns = e.getValue();
                if (uri.startsWith(ns) && uri.length() > ns.length()) return e.getKey() + ":" + uri.substring(ns.length());
            }
            return "<" + uri + ">";
        }
        if (n.isLiteral()) return n.getLiteralLexicalForm().replaceAll("\\s+", " ").strip();
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        return n.toString();
    }
}
