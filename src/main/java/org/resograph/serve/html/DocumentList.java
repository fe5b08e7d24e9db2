package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;

/** A list of documents, latest first, each with its date: what a body issued, what a State sponsored. */
final class DocumentList {
    private DocumentList() {}

    static final int CAP = 500;

    /**
     * @param docs the documents (at most {@link #CAP} are shown)
     * @param capped whether {@code docs} was cut short when it was read
     */
    static void render(Site site, Html h, List<Node> docs, boolean capped, String empty) {
        if (docs.isEmpty()) {
            h.el("p", empty, "class", "muted");
            return;
        }
        List<Node> sorted = new ArrayList<>(docs);
        sorted.sort(Comparator.comparing((Node d) -> date(site, d), Comparator.reverseOrder()).thenComparing(site::label));
        if (sorted.size() > CAP) sorted = sorted.subList(0, CAP);
        h.el("p", Site.count(docs.size(), capped ? docs.size() : Integer.MAX_VALUE, "document", "documents")
                + (docs.size() > CAP ? ", the latest " + CAP + " shown" : "") + ".", "class", "muted small");
        h.open("ul", "class", "list");
        for (Node d : sorted) {
            h.open("li");
            site.link(h, d);
            String date = date(site, d);
            if (!date.isEmpty()) h.raw(" ").el("span", "(" + Site.date(date) + ")", "class", "muted small");
            h.close("li");
        }
        h.close("ul");
    }

    static String date(Site site, Node doc) {
        String d = site.data.text(doc, Terms.ADOPTION_DATE);
        if (d == null) d = site.data.text(doc, Terms.ISSUED);
        return d == null ? "" : d;
    }

    /** Subjects of {@code p} pointing at {@code o} that are documents, read up to a cap. */
    static List<Node> documentsLinking(Site site, Node p, Node o, int scanCap) {
        List<Node> out = new ArrayList<>();
        for (Node s : site.data.subjects(p, o, scanCap)) if (site.data.isA(s, Terms.DOCUMENT)) out.add(s);
        return out;
    }
}
