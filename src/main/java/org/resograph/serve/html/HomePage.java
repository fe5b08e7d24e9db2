package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * The home page: a search form (by title or symbol), the matches when there is a query, and the
 * converted documents grouped by body, then by session (or year when there is no session),
 * latest first. Groups and lists are capped so that the page stays readable and fast over
 * tens of thousands of documents; the session pages list everything.
 */
final class HomePage {
    static final int SEARCH_CAP = 200;
    static final int GROUPS_SHOWN = 8;
    static final int DOCS_PER_GROUP = 20;

    /** The documents of one body in one session, or in one year when they have no session. */
    private record Group(Node session, String year, List<Catalogue.Entry> entries) {}

    private final Site site;

    HomePage(Site site) {
        this.site = site;
    }

    String render(String q) {
        String query = q == null ? "" : q.strip();
        List<Catalogue.Entry> all = Catalogue.read(site.data, !query.isEmpty());
        Html h = new Html();
        h.el("h1", "UN resolutions and drafts");
        h.el("p", String.format(Locale.ENGLISH, "%,d converted %s, with their paragraphs, citations, sponsors, mandates and reporting obligations.",
                all.size(), all.size() == 1 ? "document" : "documents"), "class", "sub-title");
        h.open("form", "class", "search", "method", "get", "action", "/", "role", "search");
        h.open("input", "type", "search", "name", "q", "value", query, "placeholder", "Search titles and symbols, e.g. trafficking or A/RES/74",
                "aria-label", "Search by title or symbol");
        h.el("button", "Search", "type", "submit");
        h.close("form");
        if (!query.isEmpty()) search(h, all, query);
        groups(h, all);
        return Layout.page(query.isEmpty() ? "Documents" : "Search: " + query, null, site.links, h);
    }

    private void search(Html h, List<Catalogue.Entry> all, String query) {
        String needle = query.toLowerCase(Locale.ROOT);
        List<Catalogue.Entry> hits = new ArrayList<>();
        for (Catalogue.Entry e : all) {
            if (contains(e.title(), needle) || contains(e.symbol(), needle)) hits.add(e);
        }
        hits.sort(latestFirst());
        h.open("section", "id", "results");
        h.el("h2", "Documents matching “" + query + "”");
        if (hits.isEmpty()) {
            h.el("p", "No document title or symbol contains these words.", "class", "muted");
        } else {
            h.el("p", Site.count(hits.size(), Integer.MAX_VALUE, "document", "documents")
                    + (hits.size() > SEARCH_CAP ? ", the latest " + SEARCH_CAP + " shown" : "") + ".", "class", "muted small");
            entries(h, hits.subList(0, Math.min(SEARCH_CAP, hits.size())), true);
        }
        h.close("section");
    }

    private static boolean contains(String s, String needle) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(needle);
    }

    private void groups(Html h, List<Catalogue.Entry> all) {
        Map<Node, List<Catalogue.Entry>> byBody = new HashMap<>();
        for (Catalogue.Entry e : all) byBody.computeIfAbsent(e.body() == null ? Node.ANY : e.body(), k -> new ArrayList<>()).add(e);
        List<Node> bodies = new ArrayList<>(byBody.keySet());
        bodies.sort(Comparator.comparing((Node b) -> b == Node.ANY).thenComparing(b -> site.label(b).toLowerCase(Locale.ROOT)));
        if (bodies.isEmpty()) {
            h.el("p", "The dataset holds no converted document yet.", "class", "muted");
            return;
        }
        h.open("nav", "class", "toc").el("strong", "Bodies: ");
        for (Node b : bodies) h.a("#" + bodyAnchor(b), bodyName(b) + " (" + byBody.get(b).size() + ")");
        h.close("nav");
        for (Node b : bodies) {
            List<Catalogue.Entry> entries = byBody.get(b);
            h.open("section", "id", bodyAnchor(b));
            h.open("h2");
            if (b == Node.ANY) h.text("Other documents");
            else site.link(h, b, bodyName(b));
            h.raw(" ").el("span", "(" + Site.count(entries.size(), Integer.MAX_VALUE, "document", "documents") + ")", "class", "muted small");
            h.close("h2");
            List<Group> groups = group(entries);
            for (int i = 0; i < groups.size() && i < GROUPS_SHOWN; i++) group(h, groups.get(i));
            if (groups.size() > GROUPS_SHOWN) earlier(h, groups.subList(GROUPS_SHOWN, groups.size()));
            h.close("section");
        }
    }

    private String bodyName(Node b) {
        return b == Node.ANY ? "Other" : site.label(b);
    }

    private String bodyAnchor(Node b) {
        return b == Node.ANY ? "body-other" : "body-" + Labels.tail(b.getURI()).replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Sessions and years of one body, latest first. */
    private List<Group> group(List<Catalogue.Entry> entries) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Catalogue.Entry e : entries) {
            String key = e.session() != null ? "s " + e.session() : "y " + (e.year() == null ? "" : e.year());
            groups.computeIfAbsent(key, k -> new Group(e.session(), e.session() != null ? sessionYear(e) : e.year(), new ArrayList<>()))
                    .entries().add(e);
        }
        List<Group> out = new ArrayList<>(groups.values());
        out.sort(Comparator.comparing((Group g) -> g.year() == null ? "" : g.year(), Comparator.reverseOrder())
                .thenComparing(g -> g.session() == null ? -1 : sessionNumber(g.session()), Comparator.reverseOrder()));
        for (Group g : out) g.entries().sort(latestFirst());
        return out;
    }

    private String sessionYear(Catalogue.Entry e) {
        String y = site.data.text(e.session(), Terms.YEAR);
        return y != null ? y : e.year();
    }

    private int sessionNumber(Node session) {
        Integer n = site.data.integer(session, Terms.SESSION_NUMBER);
        return n == null ? 0 : n;
    }

    private void group(Html h, Group g) {
        h.open("h3");
        if (g.session() != null) {
            site.link(h, g.session(), Site.capitalize(site.label(g.session())));
            if (g.year() != null && !site.label(g.session()).contains(g.year())) h.text(" (" + g.year() + ")");
        } else {
            h.text(g.year() == null ? "Undated" : g.year());
        }
        h.close("h3");
        List<Catalogue.Entry> entries = g.entries();
        entries(h, entries.subList(0, Math.min(DOCS_PER_GROUP, entries.size())), false);
        if (entries.size() > DOCS_PER_GROUP) {
            h.open("p", "class", "small");
            String more = "… and " + (entries.size() - DOCS_PER_GROUP) + " more";
            if (g.session() != null) h.a(site.href(g.session()), more + " on the session's page");
            else h.el("span", more + "; search to find them.", "class", "muted");
            h.close("p");
        }
    }

    /** Sessions beyond the first few: one line of links, each with its count. */
    private void earlier(Html h, List<Group> groups) {
        h.open("p", "class", "small").el("strong", "Earlier: ");
        boolean first = true;
        for (Group g : groups) {
            if (!first) h.text(" · ");
            String name = g.session() != null ? Site.capitalize(site.label(g.session())) : g.year() == null ? "undated" : g.year();
            String text = name + " (" + g.entries().size() + ")";
            if (g.session() != null) h.a(site.href(g.session()), text);
            else h.text(text);
            first = false;
        }
        h.close("p");
    }

    private void entries(Html h, List<Catalogue.Entry> entries, boolean withBody) {
        h.open("ul", "class", "list docs");
        for (Catalogue.Entry unnamed : entries) {
            Catalogue.Entry e = unnamed.named(site.data);
            h.open("li");
            String text = e.title() != null ? e.title() : e.symbol() != null ? e.symbol() : site.label(e.doc());
            h.a(site.href(e.doc()), text);
            if (e.symbol() != null && e.title() != null) h.raw(" ").el("span", e.symbol(), "class", "muted small");
            if (e.draft()) h.raw(" ").el("span", "draft", "class", "tag");
            StringBuilder meta = new StringBuilder();
            if (withBody && e.body() != null) meta.append(site.label(e.body()));
            if (e.date() != null) meta.append(meta.length() > 0 ? ", " : "").append(Site.date(e.date()));
            if (meta.length() > 0) h.raw(" ").el("span", "(" + meta + ")", "class", "muted small");
            h.close("li");
        }
        h.close("ul");
    }

    /** Latest first; documents of the same day in IRI order (the symbol's order, for symbolled ones). */
    private static Comparator<Catalogue.Entry> latestFirst() {
        return Comparator.comparing((Catalogue.Entry e) -> e.date() == null ? "" : e.date(), Comparator.reverseOrder())
                .thenComparing(e -> e.doc().getURI());
    }
}
