package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/** Mandates and reporting obligations: reading them, and the tables that show them. */
final class Mandates {
    /** Most inbound links read when looking for the mandates of a body (hubs such as Member States have many). */
    static final int SCAN_CAP = 20_000;
    static final int SHOW_CAP = 500;

    record Mandate(Node node, Node document, Node verb, Node addressee, Node paragraph, String clause,
            List<Node> funding, List<String> fundingText) {}

    record Report(Node node, Node document, Node reporter, Node reportTo, Node session, Node paragraph) {}

    private final Site site;

    Mandates(Site site) {
        this.site = site;
    }

    List<Mandate> givenBy(Node doc) {
        List<Mandate> out = new ArrayList<>();
        for (Node m : site.data.objects(doc, Terms.MANDATE)) out.add(mandate(m, doc));
        return out;
    }

    List<Report> reportingIn(Node doc) {
        List<Report> out = new ArrayList<>();
        for (Node r : site.data.objects(doc, Terms.REPORTING_OBLIGATION)) out.add(report(r, doc));
        return out;
    }

    /** Mandates addressed to a body (its paragraphs also carry rg:addressee; only Mandate nodes count). */
    List<Mandate> addressedTo(Node body) {
        List<Mandate> out = new ArrayList<>();
        for (Node m : site.data.subjects(Terms.ADDRESSEE, body, SCAN_CAP)) {
            if (out.size() >= SHOW_CAP) break;
            if (!site.data.isA(m, Terms.MANDATE_CLASS)) continue;
            Node doc = owner(m, Terms.MANDATE);
            if (doc != null) out.add(mandate(m, doc));
        }
        return out;
    }

    /** Reporting obligations where {@code body} reports ({@code p} = rg:reporter) or is reported to (rg:reportTo). */
    List<Report> reports(Node p, Node body) {
        List<Report> out = new ArrayList<>();
        for (Node r : site.data.subjects(p, body, SHOW_CAP)) {
            Node doc = owner(r, Terms.REPORTING_OBLIGATION);
            if (doc != null) out.add(report(r, doc));
        }
        return out;
    }

    private Node owner(Node n, Node p) {
        List<Node> docs = site.data.subjects(p, n, 1);
        return docs.isEmpty() ? Anchors.documentOf(site.data, n) : docs.get(0);
    }

    private Mandate mandate(Node m, Node doc) {
        Data d = site.data;
        return new Mandate(m, doc, d.object(m, Terms.MANDATE_VERB), d.object(m, Terms.ADDRESSEE), d.object(m, Terms.STATED_IN),
                d.text(m, Terms.CLAUSE_TEXT), d.objects(m, Terms.FUNDING_CONDITION), d.texts(m, Terms.FUNDING_TEXT));
    }

    private Report report(Node r, Node doc) {
        Data d = site.data;
        return new Report(r, doc, d.object(r, Terms.REPORTER), d.object(r, Terms.REPORT_TO), d.object(r, Terms.DUE_SESSION),
                d.object(r, Terms.STATED_IN));
    }

    /**
     * The mandates table. On a document page the paragraph is a local anchor and there is no
     * document column; on a body page each row names the document and the reports the same
     * paragraph asks for.
     *
     * @param names paragraph names of the page's own document, or null on other pages
     */
    void table(Html h, List<Mandate> mandates, Map<Node, String> names, boolean withDocument, List<Report> reports) {
        h.open("table").open("thead").open("tr");
        if (withDocument) h.el("th", "Document");
        h.el("th", "Paragraph").el("th", "Verb");
        if (!withDocument) h.el("th", "Addressee");
        h.el("th", "Clause").el("th", "Funding").close("tr").close("thead").open("tbody");
        for (Mandate m : mandates) {
            h.open("tr");
            if (withDocument) {
                h.open("td");
                site.shortLink(h, m.document());
                h.close("td");
            }
            h.open("td");
            paragraph(h, m.document(), m.paragraph(), names);
            h.close("td").open("td");
            site.link(h, m.verb());
            h.close("td");
            if (!withDocument) {
                h.open("td");
                site.link(h, m.addressee());
                h.close("td");
            }
            h.open("td", "class", "words").text(m.clause() == null ? "" : m.clause());
            if (reports != null) {
                for (Report r : reports) {
                    if (r.document().equals(m.document()) && r.paragraph() != null && r.paragraph().equals(m.paragraph())) {
                        h.open("div", "class", "small muted").text("Report to ");
                        site.link(h, r.reportTo());
                        if (r.session() != null) {
                            h.text(", ");
                            session(h, r.session());
                        }
                        h.close("div");
                    }
                }
            }
            h.close("td").open("td");
            boolean first = true;
            for (Node f : m.funding()) {
                if (!first) h.text("; ");
                h.text(site.label(f));
                first = false;
            }
            for (String t : m.fundingText()) h.open("div", "class", "small muted").text("“" + t + "”").close("div");
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
    }

    /** Reporting obligations, each with who reports, to whom, when and where it is asked. */
    void reportTable(Html h, List<Report> reports, Map<Node, String> names, boolean withDocument) {
        h.open("table").open("thead").open("tr");
        if (withDocument) h.el("th", "Document");
        h.el("th", "Paragraph").el("th", "Reporter").el("th", "Reports to").el("th", "Session").el("th", "Year")
                .close("tr").close("thead").open("tbody");
        for (Report r : reports) {
            h.open("tr");
            if (withDocument) {
                h.open("td");
                site.shortLink(h, r.document());
                h.close("td");
            }
            h.open("td");
            paragraph(h, r.document(), r.paragraph(), names);
            h.close("td").open("td");
            site.link(h, r.reporter());
            h.close("td").open("td");
            site.link(h, r.reportTo());
            h.close("td").open("td");
            if (r.session() != null) site.link(h, r.session());
            h.close("td").open("td");
            String year = r.session() == null ? null : site.data.text(r.session(), Terms.YEAR);
            h.text(year == null ? "" : year);
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
    }

    private void session(Html h, Node session) {
        site.link(h, session);
        String year = site.data.text(session, Terms.YEAR);
        if (year != null) h.text(" (" + year + ")");
    }

    private void paragraph(Html h, Node doc, Node paragraph, Map<Node, String> names) {
        if (paragraph == null) return;
        String name = names != null && names.containsKey(paragraph) ? names.get(paragraph) : site.label(paragraph);
        h.a(Anchors.href(site, doc, paragraph), Site.capitalize(name));
    }

    /** Sorts by the reading order of the paragraphs (a document page) or by document then paragraph. */
    static Comparator<Mandate> byParagraph(Map<Node, Integer> order) {
        return Comparator.comparingInt(m -> m.paragraph() == null ? Integer.MAX_VALUE : order.getOrDefault(m.paragraph(), Integer.MAX_VALUE));
    }
}
