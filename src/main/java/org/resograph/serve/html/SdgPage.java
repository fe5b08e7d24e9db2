package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * The page of a Sustainable Development Goal or target (the UN's own IRIs): its code and
 * official text from the reference data, its goal or targets, its indicators, and the
 * documents that cite it.
 */
final class SdgPage {
    private final Site site;
    private final Data data;
    private final Citations citations;

    SdgPage(Site site) {
        this.site = site;
        this.data = site.data;
        this.citations = new Citations(site);
    }

    String target(Node t) {
        Html h = new Html();
        h.el("div", "Sustainable Development Goals · target", "class", "kind");
        h.el("h1", site.label(t));
        String text = data.text(t, Terms.PREF_LABEL);
        if (text != null) h.el("blockquote", text, "class", "official");
        h.open("dl", "class", "facts");
        site.fact(h, "Code", data.text(t, Terms.NOTATION));
        for (Node goal : data.objects(t, Terms.BROADER)) {
            h.el("dt", "Goal").open("dd");
            site.link(h, goal);
            String goalText = data.text(goal, Terms.PREF_LABEL);
            if (goalText != null) h.text(": " + goalText);
            h.close("dd");
        }
        List<Node> indicators = indicators(t);
        if (!indicators.isEmpty()) {
            h.el("dt", "Indicators").open("dd").open("ul", "class", "plain");
            for (Node i : indicators) {
                h.open("li");
                site.link(h, i, data.text(i, Terms.NOTATION) != null ? data.text(i, Terms.NOTATION) : site.label(i));
                String it = data.text(i, Terms.PREF_LABEL);
                if (it != null) h.text(" " + it);
                h.close("li");
            }
            h.close("ul").close("dd");
        }
        h.close("dl");
        h.el("h2", "Cited by", "id", "cited-by");
        citations.citedBy(h, citations.of(List.of(t)), null, t);
        invocations(h, t);
        new ResourcePage(site).allStatements(h, t);
        return Layout.page(site.label(t) + (text != null ? ": " + text : ""), t.getURI(), site.links, h);
    }

    String goal(Node g) {
        Html h = new Html();
        h.el("div", "Sustainable Development Goals · goal", "class", "kind");
        h.el("h1", site.label(g));
        String text = data.text(g, Terms.PREF_LABEL);
        if (text != null) h.el("blockquote", text, "class", "official");
        List<Node> targets = targets(g);
        h.el("h2", "Targets");
        h.open("ul", "class", "list");
        for (Node t : targets) {
            h.open("li");
            site.link(h, t);
            String tt = data.text(t, Terms.PREF_LABEL);
            if (tt != null) h.text(": " + tt);
            h.close("li");
        }
        h.close("ul");
        h.el("h2", "Cited by", "id", "cited-by");
        List<Node> all = new ArrayList<>(List.of(g));
        all.addAll(targets);
        citations.citedBy(h, citations.of(all), null, g);
        invocations(h, g);
        new ResourcePage(site).allStatements(h, g);
        return Layout.page(site.label(g) + (text != null ? ": " + text : ""), g.getURI(), site.links, h);
    }

    private List<Node> targets(Node g) {
        Set<Node> out = new LinkedHashSet<>(data.objects(g, Terms.HAS_TARGET));
        out.addAll(data.subjects(Terms.BROADER, g));
        return sortByCode(out);
    }

    private List<Node> indicators(Node t) {
        List<Node> out = new ArrayList<>();
        for (Node i : data.subjects(Terms.BROADER, t)) if (data.isA(i, Terms.SDG_INDICATOR)) out.add(i);
        return sortByCode(out);
    }

    /** 5.2 before 5.10, 5.a after the numbers, as the UN lists them. */
    private List<Node> sortByCode(Iterable<Node> nodes) {
        List<Node> out = new ArrayList<>();
        nodes.forEach(out::add);
        out.sort((x, y) -> compareCodes(code(x), code(y)));
        return out;
    }

    private String code(Node n) {
        String c = data.text(n, Terms.NOTATION);
        return c != null ? c : Labels.tail(n.getURI());
    }

    static int compareCodes(String a, String b) {
        String[] pa = a.split("\\."), pb = b.split("\\.");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            boolean na = pa[i].matches("\\d{1,9}"), nb = pb[i].matches("\\d{1,9}");
            int c = na && nb ? Integer.compare(Integer.parseInt(pa[i]), Integer.parseInt(pb[i]))
                    : na != nb ? (na ? -1 : 1) : pa[i].compareTo(pb[i]);
            if (c != 0) return c;
        }
        return Integer.compare(pa.length, pb.length);
    }

    /** The canned queries on a target or goal: its invocations by year, and the mandates of the texts that invoke it. */
    private void invocations(Html h, Node targetOrGoal) {
        QueryPanel panel = new QueryPanel(site);
        panel.section(h);
        panel.show(h, "sdg-invocations", panel.about("sdg-invocations", "target", targetOrGoal), "Invocations over time", "No text in the dataset invokes it.");
        panel.show(h, "mandates-by-sdg", panel.about("mandates-by-sdg", "target", targetOrGoal), "Mandates in the texts that invoke it, by addressee", "None in the dataset.");
    }
}
