package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;

/**
 * The lineage part of a document's page, from the canned queries: the picture of its citation
 * ancestry, the texts that cite it and the texts that share its language; then the answers of
 * {@code ancestry} and {@code shared-language} for it, and for a draft those of
 * {@code revisions} and {@code adoption-suggestions}.
 */
final class Lineage {
    /** Rows read to draw the picture (the tables show the first {@link QueryPanel#ROWS}). */
    private static final int PICTURE_ROWS = 300;

    private final Site site;
    private final QueryPanel panel;

    Lineage(Site site) {
        this.site = site;
        this.panel = new QueryPanel(site);
    }

    void write(Html h, Node doc, List<Cite> citedBy, String status) {
        h.el("h2", "Lineage", "id", "lineage");
        Map<String, String> p = panel.about("ancestry", "document", doc);
        Html notes = new Html();
        PageQueries.Answer ancestry = panel.run(notes, "ancestry", p, PICTURE_ROWS, "Citation ancestry");
        PageQueries.Answer shared = panel.run(notes, "shared-language", p, PICTURE_ROWS, "Shared language");

        picture(h, doc, citedBy, ancestry, shared);
        h.raw(notes.toString());
        if (ancestry != null) {
            panel.write(h, "ancestry", p, ancestry, "Citation ancestry",
                    "None: the dataset holds none of the resolutions and documents it cites.", List.of("depth", "ancestor", "via"));
        }
        if (shared != null) {
            panel.write(h, "shared-language", p, shared, "Where its language appears before and after",
                    "No paragraph of another document in the dataset shares its wording.",
                    List.of("label", "direction", "otherDocument", "otherLabel", "otherDate", "similarity", "sharedText"));
        }
        if ("draft".equals(status)) {
            panel.show(h, "revisions", panel.about("revisions", "document", doc), "Revisions and adoption", null);
            panel.show(h, "adoption-suggestions", panel.about("adoption-suggestions", "document", doc),
                    "Resolutions it may have become (suggestions from the evidence, not facts)", null);
        }
        h.open("p", "class", "small muted").text("More on this text: ")
                .a(QueryPanel.href("cites", panel.about("cites", "document", doc), null), "what it cites (query cites)");
        Map<String, String> cited = panel.about("cited-by", "cited", cited(doc));
        if (!cited.isEmpty()) h.text(" · ").a(QueryPanel.href("cited-by", cited, null), "what cites it (query cited-by)");
        h.close("p");
    }

    /** The picture: ancestors by depth from {@code ancestry}, texts citing it, texts sharing its language. */
    private void picture(Html h, Node doc, List<Cite> citedBy, PageQueries.Answer ancestry, PageQueries.Answer shared) {
        Map<Node, Integer> depth = new LinkedHashMap<>();
        List<LineagePicture.Edge> edges = new ArrayList<>();
        depth.put(doc, 0);
        if (ancestry != null) {
            for (Binding b : ancestry.result().rows()) {
                Node via = b.get(Var.alloc("via")), ancestor = b.get(Var.alloc("ancestor")), d = b.get(Var.alloc("depth"));
                if (via == null || ancestor == null) continue;
                depth.putIfAbsent(ancestor, depth(d));
                edges.add(new LineagePicture.Edge(via, ancestor, false, null));
            }
        }
        for (Cite c : citedBy) {
            if (c.document() == null || c.document().equals(doc)) continue;
            depth.putIfAbsent(c.document(), -1);
            edges.add(new LineagePicture.Edge(c.document(), doc, false, null));
        }
        if (shared != null) {
            Map<Node, Double> best = new LinkedHashMap<>();
            for (Binding b : shared.result().rows()) {
                Node other = b.get(Var.alloc("otherDocument")), sim = b.get(Var.alloc("similarity"));
                if (other == null || !other.isURI() || other.equals(doc)) continue;
                best.merge(other, similarity(sim), (x, y) -> x.isNaN() ? y : y.isNaN() ? x : Math.max(x, y));
                // Kept out of the ancestry's columns, which are by citation depth alone.
                depth.putIfAbsent(other, -1);
            }
            best.forEach((other, v) -> edges.add(new LineagePicture.Edge(doc, other, true,
                    v.isNaN() ? null : String.format(Locale.ROOT, "%.2f", v))));
        }
        if (!new LineagePicture(site).draw(h, doc, depth, edges)) {
            h.el("p", "No text in the dataset is cited by it, cites it or shares its language.", "class", "muted");
        }
    }

    /** What citations of the document name: the resolution it prints, if any, else the document. */
    private Node cited(Node doc) {
        List<Node> resolutions = site.data.objects(doc, Terms.EMBODIES);
        return resolutions.isEmpty() ? doc : resolutions.get(0);
    }

    /** A similarity cell as a number; NaN (no label drawn) for anything but a numeric literal. */
    private static double similarity(Node sim) {
        if (sim == null || !sim.isLiteral()) return Double.NaN;
        try {
            double v = Double.parseDouble(sim.getLiteralLexicalForm());
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A depth cell: 1 to 8, or "9+" for deeper ones. */
    private static int depth(Node d) {
        if (d == null || !d.isLiteral()) return 9;
        try {
            return Integer.parseInt(d.getLiteralLexicalForm().replace("+", ""));
        } catch (NumberFormatException e) {
            return 9;
        }
    }
}
