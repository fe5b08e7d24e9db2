package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;

/**
 * The page of a treaty (its names, adoption, Treaty Series reference, the articles cited and
 * by whom) and of a treaty article or provision (its treaty and who cites it).
 */
final class TreatyPage {
    private final Site site;
    private final Data data;
    private final Citations citations;

    TreatyPage(Site site) {
        this.site = site;
        this.data = site.data;
        this.citations = new Citations(site);
    }

    String treaty(Node t) {
        Html h = new Html();
        String type = data.text(t, Terms.rg("treatyType"));
        h.open("div", "class", "kind").text("Treaty" + (type != null ? " · " + type : "")).close("div");
        String name = site.label(t);
        h.el("h1", name);
        String shortName = data.text(t, Terms.SHORT_NAME);
        if (shortName != null) h.el("p", shortName, "class", "sub-title");

        h.open("dl", "class", "facts");
        String acronym = data.text(t, Terms.ACRONYM);
        site.fact(h, "Acronym", acronym);
        site.fact(h, "Also known as", Names.others(data, t, List.of(name, shortName == null ? "" : shortName, acronym == null ? "" : acronym)));
        String date = Site.date(data.text(t, Terms.ADOPTION_DATE));
        String place = data.text(t, Terms.rg("adoptionPlace"));
        site.fact(h, "Adopted", date == null ? place : date + (place != null ? ", " + place : ""));
        site.factLinks(h, "Adopted by", data.objects(t, Terms.ADOPTED_BY));
        site.fact(h, "Adopted by (name)", data.text(t, Terms.rg("adoptedByName")));
        List<Node> adopting = data.objects(t, Terms.ADOPTING_RESOLUTION);
        if (!adopting.isEmpty()) {
            h.el("dt", "Adopting resolution").open("dd");
            site.links(h, adopting);
            String annex = data.text(t, Terms.rg("annex"));
            if (annex != null) h.text(", annex " + annex);
            h.close("dd");
        }
        site.fact(h, "Entry into force", Site.date(data.text(t, Terms.rg("entryIntoForce"))));
        site.fact(h, "Treaty Series", unts(t));
        site.fact(h, "MTDSG reference", data.text(t, Terms.rg("mtdsgReference")));
        site.fact(h, "Depositary", data.text(t, Terms.rg("depositary")));
        site.factLinks(h, "Supplements", data.objects(t, Terms.SUPPLEMENTS));
        site.factLinks(h, "Supplemented by", site.byLabel(data.subjects(Terms.SUPPLEMENTS, t)));
        h.close("dl");

        List<Node> articles = data.objects(t, Terms.ARTICLE);
        List<Node> targets = new ArrayList<>(List.of(t));
        if (!articles.isEmpty()) {
            h.el("h2", "Articles cited", "id", "articles");
            h.open("ul", "class", "list");
            for (Node a : byNumber(articles)) {
                List<Node> provisions = data.objects(a, Terms.PROVISION);
                targets.add(a);
                targets.addAll(provisions);
                h.open("li");
                site.link(h, a, articleName(a));
                int n = data.count(Node.ANY, Terms.CITED_ENTITY, a, 10_000);
                for (Node p : provisions) n += data.count(Node.ANY, Terms.CITED_ENTITY, p, 10_000);
                h.raw(" ").el("span", "(" + Site.count(n, 10_000, "citation", "citations") + ")", "class", "muted small");
                if (!provisions.isEmpty()) {
                    h.open("div", "class", "small").text("Paragraphs: ");
                    boolean first = true;
                    for (Node p : byNumber(provisions)) {
                        if (!first) h.text(", ");
                        String num = data.text(p, Terms.rg("provisionNumber"));
                        site.link(h, p, num != null ? num : site.label(p));
                        first = false;
                    }
                    h.close("div");
                }
                h.close("li");
            }
            h.close("ul");
        }
        h.el("h2", "Cited by", "id", "cited-by");
        h.el("p", "Citations of the treaty and of its articles.", "class", "muted small");
        citations.citedBy(h, citations.of(targets), null, t);
        QueryPanel panel = new QueryPanel(site);
        panel.section(h);
        panel.show(h, "treaty-invocations", panel.about("treaty-invocations", "treaty", t), "Invocations over time", "No text in the dataset invokes it.");
        panel.show(h, "mandates-by-treaty", panel.about("mandates-by-treaty", "treaty", t), "Mandates in the texts that invoke it", "None in the dataset.");
        new ResourcePage(site).allStatements(h, t);
        return Layout.page(name, t.getURI(), site.links, h);
    }

    /** An article or a provision (a paragraph of an article). */
    String article(Node a) {
        Html h = new Html();
        boolean provision = data.isA(a, Terms.TREATY_PROVISION);
        h.open("div", "class", "kind").text(provision ? "Treaty provision" : "Treaty article").close("div");
        h.el("h1", site.label(a));
        Node treaty = citations.treatyOf(a);
        h.open("dl", "class", "facts");
        if (!treaty.equals(a)) site.factLinks(h, "Treaty", List.of(treaty));
        if (provision) site.factLinks(h, "Article", data.objects(a, Terms.IS_PART_OF));
        site.fact(h, "Article number", data.text(a, Terms.ARTICLE_NUMBER));
        site.fact(h, "Paragraph", data.text(a, Terms.rg("provisionNumber")));
        List<Node> provisions = data.objects(a, Terms.PROVISION);
        site.factLinks(h, "Paragraphs cited", byNumber(provisions));
        h.close("dl");
        List<Node> targets = new ArrayList<>(List.of(a));
        targets.addAll(provisions);
        h.el("h2", "Cited by", "id", "cited-by");
        citations.citedBy(h, citations.of(targets), null, a);
        QueryPanel panel = new QueryPanel(site);
        panel.section(h);
        panel.show(h, "treaty-invocations", panel.about("treaty-invocations", "treaty", a), "Invocations over time", "No text in the dataset invokes it.");
        new ResourcePage(site).allStatements(h, a);
        return Layout.page(site.label(a), a.getURI(), site.links, h);
    }

    private String unts(Node t) {
        String vol = data.text(t, Terms.rg("untsVolume"));
        if (vol == null) return null;
        String page = data.text(t, Terms.rg("untsPage"));
        String no = data.text(t, Terms.rg("untsRegistrationNumber"));
        return "vol. " + vol + (page != null ? ", p. " + page : "") + (no != null ? ", No. " + no : "");
    }

    private String articleName(Node a) {
        String label = site.label(a);
        int of = label.indexOf(" of ");
        return of > 0 ? label.substring(0, of) : label;
    }

    /** Articles in numeric order (2 before 10), then the rest by label. */
    private List<Node> byNumber(List<Node> nodes) {
        List<Node> out = new ArrayList<>(nodes);
        out.sort((x, y) -> {
            String a = number(x), b = number(y);
            boolean na = a.matches("\\d{1,9}"), nb = b.matches("\\d{1,9}");
            if (na && nb) return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
            if (na != nb) return na ? -1 : 1;
            return a.compareTo(b);
        });
        return out;
    }

    private String number(Node n) {
        String s = data.text(n, Terms.ARTICLE_NUMBER);
        if (s == null) s = data.text(n, Terms.rg("provisionNumber"));
        return s == null ? site.label(n) : s;
    }
}
