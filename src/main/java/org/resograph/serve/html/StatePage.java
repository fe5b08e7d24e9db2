package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.resograph.rdf.Vocab;

/** The page of a State: its names and codes, what it sponsored, and the documents that name it. */
final class StatePage {
    private final Site site;
    private final Data data;

    StatePage(Site site) {
        this.site = site;
        this.data = site.data;
    }

    String render(Node s) {
        Html h = new Html();
        String status = data.text(s, Terms.rg("unStatus"));
        h.el("div", "State" + (status != null ? " · " + status.replace('-', ' ') : ""), "class", "kind");
        String name = site.label(s);
        h.el("h1", name);
        String formal = data.text(s, Terms.FORMAL_NAME);
        if (formal != null) h.el("p", Site.capitalize(formal), "class", "sub-title");

        h.open("dl", "class", "facts");
        site.fact(h, "ISO 3166-1 alpha-3", data.text(s, Terms.NOTATION) != null ? data.text(s, Terms.NOTATION) : Labels.tail(s.getURI()));
        site.fact(h, "ISO 3166-1 alpha-2", data.text(s, Terms.rg("iso2")));
        site.fact(h, "ISO 3166-1 numeric", data.text(s, Terms.rg("isoNumeric")));
        site.fact(h, "M49 code", data.text(s, Terms.rg("m49")));
        site.fact(h, "UN status", status == null ? null : status.replace('-', ' '));
        site.fact(h, "Region", String.join(" › ", data.texts(s, Terms.rg("region"))));
        List<String> groups = new ArrayList<>();
        if ("true".equals(data.text(s, Terms.rg("ldc")))) groups.add("least developed country");
        if ("true".equals(data.text(s, Terms.rg("lldc")))) groups.add("landlocked developing country");
        if ("true".equals(data.text(s, Terms.rg("sids")))) groups.add("small island developing State");
        site.fact(h, "Groups", Site.capitalize(String.join("; ", groups)));
        site.fact(h, "Also known as", Names.others(data, s, List.of(name, formal == null ? "" : formal,
                formal != null && formal.startsWith("the ") ? formal.substring(4) : "")));
        List<Node> same = data.objects(s, Terms.EXACT_MATCH);
        if (!same.isEmpty()) {
            h.el("dt", "Elsewhere").open("dd");
            boolean first = true;
            for (Node m : same) {
                if (!first) h.text(" · ");
                site.link(h, m, elsewhere(m));
                first = false;
            }
            h.close("dd");
        }
        h.close("dl");

        List<Node> sponsored = data.subjects(Terms.SPONSORED_BY, s, 5000);
        h.el("h2", "Documents it sponsored", "id", "sponsored");
        DocumentList.render(site, h, sponsored, sponsored.size() >= 5000, "No document in the dataset names it as a sponsor.");
        QueryPanel panel = new QueryPanel(site);
        if (!sponsored.isEmpty()) {
            panel.footer(h, "sponsors", panel.about("sponsors", "state", s), false);
            panel.section(h);
            panel.show(h, "cosponsors", panel.about("cosponsors", "state", s), "States it sponsors texts with", "None in the dataset.");
        }
        h.el("h2", "Mentioned in", "id", "mentions");
        DocumentList.render(site, h, DocumentList.documentsLinking(site, Terms.MENTIONS, s, 5000), false, "No document in the dataset mentions it.");
        new ResourcePage(site).allStatements(h, s);
        return Layout.page(name, s.getURI(), site.links, h);
    }

    /** "Wikidata Q142", "EU country authority FRA": where an outside identifier comes from. */
    private String elsewhere(Node m) {
        if (!m.isURI()) return site.label(m);
        String iri = m.getURI();
        if (iri.startsWith(Vocab.WIKIDATA)) return "Wikidata " + Labels.tail(iri);
        if (iri.startsWith(Vocab.EU_COUNTRY)) return "EU country authority " + Labels.tail(iri);
        return site.label(m);
    }
}
