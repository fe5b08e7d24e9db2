package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The page of anything without a page of its own (an instrument, a paragraph, a citation, a
 * mandate, a vocabulary concept): its label and types, a table of what the data says of it with
 * linked values, who cites it, and what refers to it. The other pages reuse its two tables.
 */
final class ResourcePage {
    /** Most statements read about one resource; a page is for reading, SPARQL is for the rest. */
    private static final int STATEMENT_CAP = 3000;
    private static final int VALUES_SHOWN = 40;
    private static final int INBOUND_CAP = 5000;
    private static final int INBOUND_SHOWN = 30;

    private final Site site;
    private final Data data;

    ResourcePage(Site site) {
        this.site = site;
        this.data = site.data;
    }

    String render(Node n) {
        Html h = new Html();
        heading(h, n);
        Node doc = data.isA(n, Terms.DOCUMENT) ? null : Anchors.documentOf(data, n);
        if (doc != null) inDocument(h, n, doc);
        String text = data.text(n, Terms.TEXT);
        if (text != null) h.el("blockquote", text, "class", "official");
        String about = data.text(n, Terms.RDFS_COMMENT);
        if (about == null) about = data.text(n, Terms.DEFINITION);
        if (about != null) h.el("p", about);
        h.el("h2", "What the data says");
        statements(h, n);
        Citations citations = new Citations(site);
        List<Cite> cited = citations.of(List.of(n));
        if (!cited.isEmpty()) {
            h.el("h2", "Cited by", "id", "cited-by");
            citations.citedBy(h, cited, null, n);
        }
        h.el("h2", "Referenced by", "id", "referenced-by");
        // The citation nodes are already under "Cited by", with their words and paragraphs.
        referencedBy(h, n, cited.isEmpty() ? Set.of() : Set.of(Terms.CITED_ENTITY));
        return Layout.page(site.label(n), n.getURI(), site.links, h);
    }

    /** The kind line (its types) and the label as the page heading. */
    void heading(Html h, Node n) {
        List<Node> types = data.objects(n, Terms.TYPE);
        if (!types.isEmpty()) {
            h.open("div", "class", "kind");
            boolean first = true;
            for (Node t : types) {
                if (!first) h.text(" · ");
                site.link(h, t, Site.capitalize(typeName(t)));
                first = false;
            }
            h.close("div");
        }
        h.el("h1", site.label(n));
    }

    private String typeName(Node t) {
        String l = site.label(t);
        return l.equals(Labels.tail(t.getURI())) ? Labels.prefixed(t.getURI()) : l;
    }

    /** For a part, citation or mandate: the document it is in, and a link to its place there. */
    private void inDocument(Html h, Node n, Node doc) {
        Node place = n;
        if (!data.has(n, Terms.TEXT, Node.ANY)) {
            Node stated = data.object(n, Terms.STATED_IN);
            if (stated == null) stated = data.object(n, Terms.CITING_PART);
            if (stated != null) place = stated;
        }
        h.open("p").text("In ");
        site.link(h, doc);
        if (!place.equals(doc) && (data.has(place, Terms.TEXT, Node.ANY))) {
            h.text(". ").a(Anchors.href(site, doc, place), "Read " + new Citations(site).partName(place) + " in the document");
        }
        h.text(".").close("p");
    }

    /** Every statement about {@code n}, one row per property, values linked. */
    void statements(Html h, Node n) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Triple t : data.triples(n, Node.ANY, Node.ANY, STATEMENT_CAP)) {
            byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        }
        if (byProperty.isEmpty()) {
            h.el("p", "Nothing is said about it as a subject; it is only referred to.", "class", "muted");
            return;
        }
        List<Node> properties = new ArrayList<>(byProperty.keySet());
        properties.sort(Comparator.comparing((Node p) -> !p.equals(Terms.TYPE))
                .thenComparing(p -> site.labels.property(p).toLowerCase(Locale.ROOT)));
        h.open("table", "class", "statements").open("tbody");
        for (Node p : properties) {
            h.open("tr").open("th", "scope", "row");
            h.a(site.href(p), site.labels.property(p), "title", Labels.prefixed(p.getURI()));
            h.close("th").open("td");
            List<Node> values = byProperty.get(p);
            List<Node> shown = values.stream().sorted(Comparator.comparing((Node v) -> v.isLiteral() ? site.value(v) : site.label(v))).limit(VALUES_SHOWN).toList();
            boolean first = true;
            for (Node v : shown) {
                if (!first) h.raw("<br>");
                value(h, v);
                first = false;
            }
            if (values.size() > VALUES_SHOWN) h.raw("<br>").el("span", "… and " + (values.size() - VALUES_SHOWN) + " more", "class", "muted");
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
    }

    private void value(Html h, Node v) {
        if (v.isLiteral()) {
            h.text(site.value(v));
        } else if (v.isURI()) {
            site.link(h, v);
        } else {
            h.text(v.toString());
        }
    }

    /** What refers to {@code n}, grouped by property, a few of each with a count of the rest. */
    void referencedBy(Html h, Node n, Set<Node> skip) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        List<Triple> inbound = data.triples(Node.ANY, Node.ANY, n, INBOUND_CAP);
        boolean capped = inbound.size() >= INBOUND_CAP;
        Node home = Anchors.documentOf(data, n);
        for (Triple t : inbound) {
            if (skip.contains(t.getPredicate())) continue;
            byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getSubject());
        }
        if (byProperty.isEmpty()) {
            h.el("p", "Nothing in the dataset refers to it.", "class", "muted");
            return;
        }
        h.el("p", "Resources that link here, by the property they link with.", "class", "muted small");
        h.open("table", "class", "statements").open("tbody");
        for (Node p : byProperty.keySet()) {
            List<Node> subjects = byProperty.get(p).stream().distinct().toList();
            h.open("tr").open("th", "scope", "row");
            h.a(site.href(p), site.labels.property(p), "title", Labels.prefixed(p.getURI()));
            h.close("th").open("td");
            List<Node> shown = site.byLabel(subjects.size() > 200 ? subjects.subList(0, 200) : subjects);
            int i = 0;
            for (Node s : shown) {
                if (i == INBOUND_SHOWN) break;
                if (i > 0) h.raw("<br>");
                if (s.isURI()) site.linkInDocument(h, s, home);
                else value(h, s);
                i++;
            }
            if (subjects.size() > INBOUND_SHOWN) {
                h.raw("<br>").el("span", "… and " + (subjects.size() - INBOUND_SHOWN) + (capped ? "+" : "") + " more", "class", "muted");
            }
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
    }

    /** The full statement table, folded away, for the pages that show the main facts first. */
    void allStatements(Html h, Node n) {
        h.open("details").el("summary", "All statements about it");
        statements(h, n);
        h.close("details");
    }
}
