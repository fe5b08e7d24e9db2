package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.resograph.rdf.Vocab;

/** Reads rg:Citation nodes and shows them: what a document cites, and who cites a thing. */
final class Citations {
    /** Most citations a "Cited by" section reads; a much-cited treaty still renders quickly. */
    static final int CITED_BY_CAP = 2000;

    /** Clause kinds in the order a reader expects them (the order of a preamble). */
    private static final List<String> KIND_ORDER = List.of("recalling", "reaffirming", "acting-under", "taking-note",
            "welcoming", "concern", "other");

    private final Site site;

    Citations(Site site) {
        this.site = site;
    }

    /** The citations a converted document makes. */
    List<Cite> madeBy(Node doc) {
        List<Cite> out = new ArrayList<>();
        for (Node c : site.data.objects(doc, Terms.CITATION)) out.add(read(c, doc));
        return out;
    }

    /** The citations of any of {@code targets}, by any document. */
    List<Cite> of(Collection<Node> targets) {
        List<Cite> out = new ArrayList<>();
        for (Node t : new LinkedHashSet<>(targets)) {
            for (Node c : site.data.subjects(Terms.CITED_ENTITY, t, CITED_BY_CAP - out.size())) {
                Node doc = site.data.subjects(Terms.CITATION, c, 1).stream().findFirst().orElse(null);
                if (doc == null) doc = Anchors.documentOf(site.data, c);
                if (doc != null) out.add(read(c, doc));
            }
            if (out.size() >= CITED_BY_CAP) break;
        }
        return out;
    }

    private Cite read(Node c, Node doc) {
        Data d = site.data;
        Node part = d.object(c, Terms.CITING_PART);
        Node clause = d.object(c, Terms.CLAUSE_PART);
        return new Cite(c, doc, part, clause == null ? part : clause, d.object(c, Terms.CITED_ENTITY),
                d.object(c, Terms.CITATION_KIND), d.text(c, Terms.CITED_AS), d.text(c, Terms.RESOLVED_FROM));
    }

    /** Groups by clause kind, kinds in preamble order, each group in the given order. */
    Map<Node, List<Cite>> byKind(List<Cite> cites) {
        Map<Node, List<Cite>> out = new LinkedHashMap<>();
        List<Cite> sorted = new ArrayList<>(cites);
        sorted.sort(Comparator.comparingInt((Cite c) -> kindRank(c.kind())));
        for (Cite c : sorted) out.computeIfAbsent(c.kind() == null ? Node.ANY : c.kind(), k -> new ArrayList<>()).add(c);
        return out;
    }

    private static int kindRank(Node kind) {
        if (kind == null || !kind.isURI()) return KIND_ORDER.size() + 1;
        int i = KIND_ORDER.indexOf(Labels.tail(kind.getURI()));
        return i < 0 ? KIND_ORDER.size() : i;
    }

    /** "Recalling", "Taking note", "Other clauses": the heading of a clause kind. */
    String kindHeading(Node kind) {
        if (kind == null || kind == Node.ANY) return "Clause not identified";
        String label = site.label(kind);
        if (label.equals("other clause")) return "Other clauses";
        return Site.capitalize(label);
    }

    /** How a line of running text opens for a clause kind: "Recalling", "Taking note of", "Citing". */
    String kindPhrase(Node kind) {
        if (kind == null || !kind.isURI()) return "Citing";
        return switch (Labels.tail(kind.getURI())) {
            case "recalling" -> "Recalling";
            case "reaffirming" -> "Reaffirming";
            case "taking-note" -> "Taking note of";
            case "welcoming" -> "Welcoming";
            case "acting-under" -> "Acting under";
            case "concern" -> "Expressing concern about";
            case "other" -> "Citing";
            default -> Site.capitalize(site.label(kind));
        };
    }

    /**
     * The "Cited by" list: one item per citing document (latest first), with the kind of clause,
     * the words as printed and a link to the citing paragraph.
     *
     * @param exclude a document not to list (the page's own document: a text citing itself is no news)
     * @param self the page's own resource: a line names what was cited only when it is something
     *     else (an article of the treaty, the resolution a document prints)
     */
    void citedBy(Html h, List<Cite> cites, Node exclude, Node self) {
        Map<Node, List<Cite>> byDoc = new LinkedHashMap<>();
        for (Cite c : cites) {
            if (c.document().equals(exclude)) continue;
            byDoc.computeIfAbsent(c.document(), k -> new ArrayList<>()).add(c);
        }
        if (byDoc.isEmpty()) {
            h.el("p", "No document in the dataset cites it.", "class", "muted");
            return;
        }
        List<Node> docs = new ArrayList<>(byDoc.keySet());
        docs.sort(Comparator.comparing((Node d) -> dateOf(d), Comparator.reverseOrder()).thenComparing(site::label));
        h.el("p", Site.count(docs.size(), Integer.MAX_VALUE, "document cites it", "documents cite it")
                + (cites.size() >= CITED_BY_CAP ? " (the first " + CITED_BY_CAP + " citations are shown)" : "") + ".", "class", "muted small");
        h.open("ul", "class", "list cited-by");
        for (Node doc : docs) {
            h.open("li");
            site.link(h, doc);
            String date = dateOf(doc);
            if (!date.isEmpty()) h.raw(" ").el("span", "(" + Site.date(date) + ")", "class", "muted small");
            h.open("ul", "class", "plain small");
            List<Cite> mine = new ArrayList<>(byDoc.get(doc));
            mine.sort(Comparator.comparingInt((Cite c) -> position(c.clause())).thenComparingInt(c -> position(c.part())));
            for (Cite c : mine) {
                h.open("li");
                h.text(kindPhrase(c.kind()) + " ");
                boolean named = c.target() != null && !c.target().equals(self);
                if (named) site.link(h, c.target());
                if (c.citedAs() != null) {
                    h.text(named ? " as “" : "“").el("span", c.citedAs(), "class", "words").text("”");
                }
                where(h, c);
                h.close("li");
            }
            h.close("ul").close("li");
        }
        h.close("ul");
    }

    /** ", in preambular paragraph 3" with a link to it on the citing document's page. */
    void where(Html h, Cite c) {
        if (c.part() == null) return;
        h.text(", in ");
        h.a(Anchors.href(site, c.document(), c.part()), partName(c.part()));
        if (c.clause() != null && !c.clause().equals(c.part())) {
            h.text(" (on ");
            h.a(Anchors.href(site, c.document(), c.clause()), partName(c.clause()));
            h.text(")");
        }
    }

    /** The part's own label, lower-cased for running text ("operative paragraph 6 (b)"). */
    String partName(Node part) {
        String l = site.label(part);
        return l.isEmpty() ? l : Character.toLowerCase(l.charAt(0)) + l.substring(1);
    }

    /** Reading position of a top-level part (a paragraph's rg:position counts through the document). */
    private int position(Node part) {
        Integer p = part == null ? null : site.data.integer(part, Terms.POSITION);
        return p == null ? Integer.MAX_VALUE : p;
    }

    private String dateOf(Node doc) {
        String d = site.data.text(doc, Terms.ADOPTION_DATE);
        if (d == null) d = site.data.text(doc, Terms.ISSUED);
        return d == null ? "" : d;
    }

    /** What kind of thing a citation points at, for grouping a document's references. */
    String targetKind(Node t) {
        Data d = site.data;
        if (t == null) return "Other";
        if (d.isA(t, Terms.RESOLUTION)) return "Resolutions";
        if (d.isA(t, Terms.DOCUMENT)) return "Documents";
        if (d.isA(t, Terms.TREATY) || d.isA(t, Terms.TREATY_ARTICLE) || d.isA(t, Terms.TREATY_PROVISION)) return "Treaties and articles";
        if (d.isA(t, Terms.INSTRUMENT)) return "Instruments";
        if (d.isA(t, Terms.SDG_TARGET) || t.isURI() && t.getURI().startsWith(Vocab.SDG)) return "SDG targets";
        return "Other";
    }

    /** The treaty an article or provision belongs to, or the treaty itself. */
    Node treatyOf(Node t) {
        Node at = t;
        for (int i = 0; i < 3 && at != null; i++) {
            if (site.data.isA(at, Terms.TREATY)) return at;
            at = site.data.object(at, Terms.IS_PART_OF);
        }
        return t;
    }

    static Set<Node> targets(List<Cite> cites) {
        Set<Node> out = new LinkedHashSet<>();
        for (Cite c : cites) if (c.target() != null) out.add(c.target());
        return out;
    }
}
