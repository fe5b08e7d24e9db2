package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;

/**
 * The page of a body, official or group of actors: its names and place in the UN system, the
 * mandates it was given (verb, document and paragraph, the report asked for), its reporting
 * obligations, what it issued and adopted, and the documents that mention it.
 */
final class BodyPage {
    private static final int LIST_SCAN = 5000;
    private static final int ADDRESSED_SHOWN = 300;

    private final Site site;
    private final Data data;
    private final Mandates mandates;

    BodyPage(Site site) {
        this.site = site;
        this.data = site.data;
        this.mandates = new Mandates(site);
    }

    private List<Mandates.Report> latestFirst(List<Mandates.Report> reports) {
        List<Mandates.Report> out = new ArrayList<>(reports);
        out.sort(Comparator.comparing((Mandates.Report r) -> DocumentList.date(site, r.document()), Comparator.reverseOrder())
                .thenComparing(r -> site.label(r.document())).thenComparing(r -> r.node().getURI()));
        return out;
    }

    /**
     * The paragraphs whose verb addresses it ("Calls upon Member States", "Invites the Office"),
     * mandates or not: for States and groups of actors this is what is asked of them.
     */
    private void addressed(Html h, Node b) {
        record Row(Node paragraph, Node document, Node verb) {}
        List<Row> rows = new ArrayList<>();
        for (Node p : data.subjects(Terms.ADDRESSEE, b, Mandates.SCAN_CAP)) {
            if (rows.size() >= ADDRESSED_SHOWN) break;
            if (data.isA(p, Terms.MANDATE_CLASS) || !data.has(p, Terms.TEXT, Node.ANY)) continue;
            Node doc = Anchors.documentOf(data, p);
            if (doc != null) rows.add(new Row(p, doc, data.object(p, Terms.OPERATIVE_VERB)));
        }
        h.el("h2", "Paragraphs addressed to it" + (rows.isEmpty() ? "" : " (" + rows.size() + (rows.size() >= ADDRESSED_SHOWN ? "+" : "") + ")"), "id", "addressed");
        if (rows.isEmpty()) {
            h.el("p", "No paragraph in the dataset addresses it.", "class", "muted");
            return;
        }
        rows.sort(Comparator.comparing((Row r) -> DocumentList.date(site, r.document()), Comparator.reverseOrder())
                .thenComparing(r -> site.label(r.document())).thenComparing(r -> site.label(r.paragraph()), Site::natural));
        h.open("table").open("thead").open("tr").el("th", "Document").el("th", "Paragraph").el("th", "Verb")
                .close("tr").close("thead").open("tbody");
        for (Row r : rows) {
            h.open("tr").open("td");
            site.shortLink(h, r.document());
            h.close("td").open("td");
            h.a(Anchors.href(site, r.document(), r.paragraph()), site.label(r.paragraph()));
            h.close("td").open("td");
            if (r.verb() != null) site.link(h, r.verb());
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
    }

    String render(Node b) {
        Html h = new Html();
        String kind = data.isA(b, Terms.OFFICIAL) ? "Official" : data.isA(b, Terms.ACTOR_GROUP) ? "Group of actors" : "Body";
        String bodyType = data.text(b, Terms.rg("bodyType"));
        h.el("div", kind + (bodyType != null ? " · " + bodyType.replace('-', ' ') : ""), "class", "kind");
        String name = site.label(b);
        h.el("h1", name);
        String acronym = data.text(b, Terms.ACRONYM);
        if (acronym != null && !acronym.equals(name)) h.el("p", acronym, "class", "sub-title");

        h.open("dl", "class", "facts");
        site.fact(h, "Acronym", acronym);
        site.fact(h, "Also known as", Names.others(data, b, List.of(name, acronym == null ? "" : acronym)));
        List<Node> parents = new ArrayList<>(data.objects(b, Terms.SUB_ORGANIZATION_OF));
        parents.addAll(data.objects(b, Terms.POST_IN));
        site.factLinks(h, "Part of", parents);
        List<Node> children = new ArrayList<>(data.subjects(Terms.SUB_ORGANIZATION_OF, b, 300));
        children.addAll(data.subjects(Terms.POST_IN, b, 300));
        site.factLinks(h, "Parts and posts", site.byLabel(children));
        String un = data.text(b, Terms.rg("unSystem"));
        if (un != null) site.fact(h, "Part of the UN system", un.equals("true") ? "yes" : "no");
        site.fact(h, "Established by", data.text(b, Terms.rg("establishedBy")));
        h.close("dl");

        List<Mandates.Mandate> given = new ArrayList<>(mandates.addressedTo(b));
        given.sort(Comparator.comparing((Mandates.Mandate m) -> DocumentList.date(site, m.document()), Comparator.reverseOrder())
                .thenComparing(m -> site.label(m.document())).thenComparing(m -> m.node().getURI()));
        List<Mandates.Report> reporting = latestFirst(mandates.reports(Terms.REPORTER, b));
        List<Mandates.Report> receiving = latestFirst(mandates.reports(Terms.REPORT_TO, b));

        h.open("nav", "class", "toc").el("strong", "On this page: ")
                .a("#mandates", "Mandates").a("#addressed", "Addressed in").a("#reporting", "Reporting").a("#documents", "Documents")
                .a("#mentions", "Mentioned in").close("nav");

        h.el("h2", "Mandates given to it" + (given.isEmpty() ? "" : " (" + given.size() + (given.size() >= Mandates.SHOW_CAP ? "+" : "") + ")"), "id", "mandates");
        if (given.isEmpty()) {
            h.el("p", "No document in the dataset gives it a mandate.", "class", "muted");
        } else {
            h.el("p", "Each request, invitation or call addressed to it, with the document and paragraph that make it and the report the same paragraph asks for.", "class", "muted small");
            mandates.table(h, given, null, true, reporting);
        }
        QueryPanel panel = new QueryPanel(site);
        if (!given.isEmpty()) panel.footer(h, "mandates", panel.about("mandates", "body", b), false);

        addressed(h, b);

        h.el("h2", "Reporting obligations", "id", "reporting");
        if (reporting.isEmpty() && receiving.isEmpty()) h.el("p", "None in the dataset.", "class", "muted");
        if (!reporting.isEmpty()) {
            h.el("h3", "Reports it is asked to make");
            mandates.reportTable(h, reporting, null, true);
            panel.footer(h, "reporting", panel.about("reporting", "reporter", b), false);
        }
        if (!receiving.isEmpty()) {
            h.el("h3", "Reports it is to receive");
            mandates.reportTable(h, receiving, null, true);
            panel.footer(h, "reporting", panel.about("reporting", "to", b), false);
        }

        h.el("h2", "Documents", "id", "documents");
        List<Node> issued = data.subjects(Terms.ISSUING_BODY, b, LIST_SCAN);
        h.el("h3", "Documents it issued");
        DocumentList.render(site, h, issued, issued.size() >= LIST_SCAN, "None in the dataset.");
        List<Node> adopted = new ArrayList<>();
        for (Node r : data.subjects(Terms.ADOPTED_BY, b, LIST_SCAN)) if (data.isA(r, Terms.RESOLUTION)) adopted.add(r);
        if (!adopted.isEmpty()) {
            h.el("h3", "Resolutions it adopted that the dataset knows of (" + adopted.size() + ")");
            h.open("ul", "class", Site.listClass(adopted.size()));
            for (Node r : site.byLabel(adopted).stream().limit(DocumentList.CAP).toList()) {
                h.open("li");
                site.link(h, r);
                h.close("li");
            }
            h.close("ul");
        }
        List<Node> gave = data.subjects(Terms.MANDATED_BY, b, 200);
        if (!gave.isEmpty()) {
            h.el("h3", "Mandates it gave");
            h.el("p", Site.count(gave.size(), 200, "mandate", "mandates") + " in the dataset are given in its name; see the documents it issued.", "class", "muted small");
        }
        h.el("h2", "Mentioned in", "id", "mentions");
        List<Node> mentioning = DocumentList.documentsLinking(site, Terms.MENTIONS, b, LIST_SCAN);
        DocumentList.render(site, h, mentioning, false, "No document in the dataset mentions it.");
        new ResourcePage(site).allStatements(h, b);
        return Layout.page(name, b.getURI(), site.links, h);
    }
}
