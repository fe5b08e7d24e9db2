package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;

/**
 * The page of a resolution as an act: what is known of it (number, body, date, title), the
 * documents of the dataset that print it, the texts it adopted, and who cites it.
 */
final class ResolutionPage {
    private final Site site;
    private final Data data;

    ResolutionPage(Site site) {
        this.site = site;
        this.data = site.data;
    }

    String render(Node r) {
        Html h = new Html();
        List<Node> bodies = data.objects(r, Terms.ADOPTED_BY);
        h.open("div", "class", "kind").text("Resolution");
        for (Node b : bodies) h.text(" · " + site.label(b));
        h.close("div");
        h.el("h1", site.label(r));
        List<String> titles = data.texts(r, Terms.DCT_TITLE);
        if (!titles.isEmpty()) h.el("p", titles.get(0), "class", "sub-title");

        h.open("dl", "class", "facts");
        site.fact(h, "Number", data.text(r, Terms.RESOLUTION_NUMBER));
        site.factLinks(h, "Adopted by", bodies);
        List<String> dates = new ArrayList<>();
        for (String d : data.texts(r, Terms.ADOPTION_DATE)) dates.add(Site.date(d));
        site.fact(h, dates.size() > 1 ? "Dates of adoption (as cited)" : "Date of adoption", String.join("; ", dates));
        for (Node s : data.objects(r, Terms.RESOLUTION_SESSION)) {
            h.el("dt", "Session").open("dd");
            site.link(h, s);
            String year = data.text(s, Terms.YEAR);
            if (year != null) h.text(" (" + year + ")");
            h.close("dd");
        }
        if (titles.size() > 1) site.fact(h, "Titles as cited", String.join("; ", titles));
        h.close("dl");

        List<Node> documents = data.subjects(Terms.EMBODIES, r);
        h.el("h2", "In this dataset");
        if (documents.isEmpty()) {
            h.el("p", "No document in the dataset prints this resolution; what is known of it comes from the documents that cite it.", "class", "muted");
        } else {
            h.el("p", documents.size() == 1 ? "The document that prints it:" : "The documents that print it:");
            h.open("ul", "class", "list");
            for (Node d : documents) {
                h.open("li");
                site.link(h, d);
                h.close("li");
            }
            h.close("ul");
        }
        List<Node> adopted = data.subjects(Terms.ADOPTING_RESOLUTION, r);
        if (!adopted.isEmpty()) {
            h.el("h2", "Texts it adopted or endorsed");
            h.open("ul", "class", "list");
            for (Node t : site.byLabel(adopted)) {
                h.open("li");
                site.link(h, t);
                h.close("li");
            }
            h.close("ul");
        }

        h.el("h2", "Cited by", "id", "cited-by");
        List<Node> targets = new ArrayList<>(List.of(r));
        targets.addAll(documents);
        Citations citations = new Citations(site);
        citations.citedBy(h, citations.of(targets), null, r);
        QueryPanel panel = new QueryPanel(site);
        panel.footer(h, "cited-by", panel.about("cited-by", "cited", r), false);
        new ResourcePage(site).allStatements(h, r);
        return Layout.page(site.label(r), r.getURI(), site.links, h);
    }
}
