package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;

/** The page of a session of a body: when and where, its documents, the resolutions it adopted and the reports due at it. */
final class SessionPage {
    private static final int SCAN = 5000;

    private final Site site;
    private final Data data;

    SessionPage(Site site) {
        this.site = site;
        this.data = site.data;
    }

    String render(Node s) {
        Html h = new Html();
        h.el("div", "Session", "class", "kind");
        h.el("h1", Site.capitalize(site.label(s)));
        h.open("dl", "class", "facts");
        site.factLinks(h, "Session of", data.objects(s, Terms.SESSION_OF));
        site.fact(h, "Number", data.text(s, Terms.SESSION_NUMBER));
        site.fact(h, "Year", data.text(s, Terms.YEAR));
        String start = Site.date(data.text(s, Terms.rg("startDate")));
        String end = Site.date(data.text(s, Terms.rg("endDate")));
        site.fact(h, "Dates", start == null ? end : end == null ? start : start + " to " + end);
        site.fact(h, "Place", data.text(s, Terms.rg("place")));
        site.factLinks(h, "Outcome", data.objects(s, Terms.rg("outcomeInstrument")));
        h.close("dl");

        List<Node> docs = data.subjects(Terms.SESSION, s, SCAN);
        h.el("h2", "Documents of this session", "id", "documents");
        DocumentList.render(site, h, docs, docs.size() >= SCAN, "No document of this session is in the dataset.");
        List<Node> resolutions = new ArrayList<>(data.subjects(Terms.RESOLUTION_SESSION, s, SCAN));
        if (!resolutions.isEmpty()) {
            h.el("h2", "Resolutions of this session that the dataset knows of (" + resolutions.size() + ")", "id", "resolutions");
            h.open("ul", "class", Site.listClass(resolutions.size()));
            for (Node r : site.byLabel(resolutions).stream().limit(DocumentList.CAP).toList()) {
                h.open("li");
                site.link(h, r);
                h.close("li");
            }
            h.close("ul");
        }
        Mandates mandates = new Mandates(site);
        List<Mandates.Report> due = mandates.reports(Terms.DUE_SESSION, s);
        if (!due.isEmpty()) {
            h.el("h2", "Reports due at this session", "id", "reports");
            mandates.reportTable(h, due, null, true);
            QueryPanel panel = new QueryPanel(site);
            panel.footer(h, "reporting-due", panel.about("reporting-due", "due", s), false);
        }
        new ResourcePage(site).allStatements(h, s);
        return Layout.page(Site.capitalize(site.label(s)), s.getURI(), site.links, h);
    }
}
