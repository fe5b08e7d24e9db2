package org.resograph.serve.html;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.resograph.rdf.Vocab;

/**
 * What a resource is called on a page. People read labels, not IRIs: the first of rdfs:label,
 * skos:prefLabel, dct:title and eli:title; a document by its symbol and title; an SDG target by
 * its code; and, when the data has no name at all, the readable end of the IRI.
 */
final class Labels {
    private static final List<Node> CHAIN = List.of(Terms.RDFS_LABEL, Terms.PREF_LABEL, Terms.DCT_TITLE, Terms.ELI_TITLE);
    /** Prefixes for naming terms of other vocabularies (eli:LegalResource reads better than LegalResource). */
    private static final String[][] MORE_PREFIXES = {{"vann", "http://purl.org/vocab/vann/"},
        {"undo", Vocab.UNDO}, {"allot", "https://w3id.org/akn/ontology/allot/"}, {"wd", Vocab.WIKIDATA}};

    private final Data data;
    private final Map<Node, String> cache = new ConcurrentHashMap<>();

    Labels(Data data) {
        this.data = data;
    }

    String of(Node n) {
        if (n == null) return "";
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (!n.isURI()) return n.toString();
        String cached = cache.get(n);
        if (cached == null) {
            cached = find(n);
            cache.put(n, cached);
        }
        return cached;
    }

    private String find(Node n) {
        if (data.isA(n, Terms.DOCUMENT)) return document(n);
        if (data.isA(n, Terms.SDG_TARGET)) return sdg("Target ", n);
        if (data.isA(n, Terms.SDG_GOAL)) return sdg("Goal ", n);
        if (data.isA(n, Terms.SDG_INDICATOR)) return sdg("Indicator ", n);
        if (data.isA(n, Terms.CITATION_CLASS)) return citation(n);
        String s = named(n);
        if (s == null && data.isA(n, Terms.SESSION_CLASS)) s = session(n);
        return s != null ? s : readable(n.getURI());
    }

    /** A citation has no name of its own: "Citation of General Assembly resolution 70/179". */
    private String citation(Node n) {
        Node target = data.object(n, Terms.CITED_ENTITY);
        return target == null ? "Citation" : "Citation of " + of(target);
    }

    /** A session the reference data does not name: "session 55 of the Human Rights Council". */
    private String session(Node n) {
        String number = data.text(n, Terms.SESSION_NUMBER);
        Node body = data.object(n, Terms.SESSION_OF);
        if (number == null || body == null) return null;
        return "Session " + number + " of the " + of(body);
    }

    /** The first name in the chain, or null. */
    String named(Node n) {
        for (Node p : CHAIN) {
            String s = data.text(n, p);
            if (s != null && !s.isBlank()) return s;
        }
        return null;
    }

    /** A document is known by its symbol and title: "A/RES/74/174 — Improving the coordination ...". */
    private String document(Node n) {
        String symbol = data.text(n, Terms.SYMBOL);
        String title = data.text(n, Terms.DCT_TITLE);
        if (symbol != null && title != null) return symbol + " — " + title;
        if (symbol != null) return symbol;
        String s = named(n);
        return s != null ? s : readable(n.getURI());
    }

    private String sdg(String kind, Node n) {
        String code = data.text(n, Terms.NOTATION);
        if (code != null) return kind + code;
        String s = named(n);
        return s != null ? s : kind + tail(n.getURI());
    }

    /** The name of a property as a column head: its label in the ontology, else a prefixed name. */
    String property(Node p) {
        if (p.equals(Terms.TYPE)) return "type";
        String s = data.text(p, Terms.RDFS_LABEL);
        return s != null ? s : prefixed(p.getURI());
    }

    /** rg:Document, eli:LegalResource: a compact name for a term of a known vocabulary. */
    static String prefixed(String iri) {
        for (String[] pair : Vocab.PREFIXES) {
            if (iri.startsWith(pair[1]) && iri.length() > pair[1].length()) return pair[0] + ":" + iri.substring(pair[1].length());
        }
        for (String[] pair : MORE_PREFIXES) {
            if (iri.startsWith(pair[1]) && iri.length() > pair[1].length()) return pair[0] + ":" + iri.substring(pair[1].length());
        }
        return readable(iri);
    }

    /** The readable end of an IRI: its last path step or fragment, percent-decoded. */
    static String tail(String iri) {
        String s = iri;
        while (s.endsWith("/") || s.endsWith("#")) s = s.substring(0, s.length() - 1);
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        String t = cut >= 0 && cut + 1 < s.length() ? s.substring(cut + 1) : s;
        try {
            t = URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // not valid percent-encoding: show it as it is
        }
        return t.isEmpty() ? iri : t;
    }

    /** The tail as a last-resort label: "4.0" says nothing alone, "by/4.0" (a licence) does, so a tail without letters takes the step before. */
    static String readable(String iri) {
        String t = tail(iri);
        if (t.chars().anyMatch(Character::isLetter)) return t;
        String s = iri;
        while (s.endsWith("/") || s.endsWith("#")) s = s.substring(0, s.length() - 1);
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        if (cut <= 0) return t;
        String before = tail(s.substring(0, cut));
        return before.contains(":") || before.isEmpty() ? t : before + "/" + t;
    }
}
