package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * The page of a document: its header facts and sponsors, its full text with an anchor on every
 * paragraph and the cited words linked, what it cites (by kind of clause and by kind of thing),
 * who cites it, the mandates and reporting obligations it gives, and the bodies it names.
 * A document known only from citations gets the same page, without text.
 */
final class DocumentPage {
    private final Site site;
    private final Data data;
    private final Citations citations;
    private final Mandates mandates;
    /** The shared-language query for the document on the page, made once for all its marks. */
    private String sharedHref;

    DocumentPage(Site site) {
        this.site = site;
        this.data = site.data;
        this.citations = new Citations(site);
        this.mandates = new Mandates(site);
    }

    String render(Node doc) {
        DocumentText text = DocumentText.read(data, doc);
        Map<Node, Integer> order = text.order();
        Map<Node, String> names = text.names();
        List<Cite> cites = new ArrayList<>(citations.madeBy(doc));
        cites.sort(Comparator.comparingInt((Cite c) -> order.getOrDefault(c.clause(), Integer.MAX_VALUE))
                .thenComparingInt(c -> order.getOrDefault(c.part(), Integer.MAX_VALUE)));
        List<Node> resolutions = data.objects(doc, Terms.EMBODIES);
        List<Node> citedAs = new ArrayList<>(List.of(doc));
        citedAs.addAll(resolutions);
        List<Cite> citedBy = citations.of(citedAs);
        List<Mandates.Mandate> given = new ArrayList<>(mandates.givenBy(doc));
        given.sort(Mandates.byParagraph(order));
        List<Mandates.Report> reports = new ArrayList<>(mandates.reportingIn(doc));
        reports.sort(Comparator.comparingInt(r -> r.paragraph() == null ? Integer.MAX_VALUE : order.getOrDefault(r.paragraph(), Integer.MAX_VALUE)));
        List<Node> mentioned = site.byLabel(data.objects(doc, Terms.MENTIONS));

        String symbol = data.text(doc, Terms.SYMBOL);
        String title = data.text(doc, Terms.DCT_TITLE);
        String heading = title != null ? title : symbol != null ? symbol : site.label(doc);

        Html h = new Html();
        Node type = data.object(doc, Terms.DOCUMENT_TYPE);
        h.open("div", "class", "kind").text(type != null ? Site.capitalize(site.label(type)) : "Document");
        String status = status(type);
        if (status != null && !(type != null && site.label(type).contains(status))) {
            h.raw(" ").el("span", status, "class", "tag" + (status.equals("adopted") ? " adopted" : ""));
        }
        h.close("div");
        h.el("h1", heading);
        if (title != null && symbol != null) h.el("p", symbol, "class", "sub-title");
        facts(h, doc, symbol, type, status, resolutions);

        h.open("nav", "class", "toc").el("strong", "On this page: ");
        if (!text.isEmpty()) h.a("#text", "Text");
        if (!cites.isEmpty()) h.a("#citations", "Citations").a("#cited-texts", "Cited texts");
        h.a("#cited-by", "Cited by").a("#lineage", "Lineage");
        if (!given.isEmpty()) h.a("#mandates", "Mandates");
        if (!reports.isEmpty()) h.a("#reporting", "Reporting");
        if (!mentioned.isEmpty()) h.a("#mentions", "Bodies mentioned");
        h.close("nav");

        if (text.isEmpty()) {
            h.el("p", "The text of this document is not in the dataset: it is known from what other documents say of it.", "class", "muted");
        } else {
            text(h, doc, text, cites);
        }
        if (!cites.isEmpty()) {
            citationsByKind(h, cites, names);
            citedTexts(h, cites);
        }
        h.el("h2", "Cited by", "id", "cited-by");
        if (!resolutions.isEmpty()) {
            h.open("p", "class", "muted small").text("Citations of this document and of ");
            site.links(h, resolutions);
            h.text(", which it prints.").close("p");
        }
        citations.citedBy(h, citedBy, doc, doc);
        new Lineage(site).write(h, doc, citedBy, status);
        if (!given.isEmpty()) {
            h.el("h2", "Mandates", "id", "mandates");
            h.el("p", "Requests, invitations and other calls this text addresses to bodies and officials of the United Nations system.", "class", "muted small");
            mandates.table(h, given, names, false, null);
        }
        if (!reports.isEmpty()) {
            h.el("h2", "Reporting obligations", "id", "reporting");
            mandates.reportTable(h, reports, names, false);
        }
        if (!mentioned.isEmpty()) {
            h.el("h2", "Bodies, States and groups mentioned", "id", "mentions");
            h.open("ul", "class", Site.listClass(mentioned.size()));
            for (Node m : mentioned) {
                h.open("li");
                site.link(h, m);
                h.close("li");
            }
            h.close("ul");
        }
        return Layout.page(site.label(doc), doc.getURI(), site.links, h);
    }

    /** Draft or adopted, from the document type; null when the type says neither. */
    private String status(Node type) {
        if (type == null || !type.isURI()) return null;
        String t = Labels.tail(type.getURI());
        if (t.contains("draft")) return "draft";
        if (t.equals("resolution") || t.equals("decision")) return "adopted";
        return null;
    }

    private void facts(Html h, Node doc, String symbol, Node type, String status, List<Node> resolutions) {
        h.open("dl", "class", "facts");
        site.fact(h, "Symbol", symbol);
        site.fact(h, "Status", status == null ? null : status.equals("draft") ? "Draft, proposed for adoption" : "Adopted");
        if (type != null) site.fact(h, "Document type", Site.capitalize(site.label(type)));
        List<Node> issuing = data.objects(doc, Terms.ISSUING_BODY);
        site.factLinks(h, "Body", issuing);
        List<Node> organ = new ArrayList<>(data.objects(doc, Terms.ORGAN));
        organ.removeAll(issuing);
        site.factLinks(h, "Principal organ", organ);
        List<Node> acting = new ArrayList<>(data.objects(doc, Terms.ACTING_BODY));
        acting.removeAll(issuing);
        site.factLinks(h, "Acting body", acting);
        for (Node s : data.objects(doc, Terms.SESSION)) {
            h.el("dt", "Session").open("dd");
            site.link(h, s);
            String year = data.text(s, Terms.YEAR);
            if (year != null) h.text(" (" + year + ")");
            h.close("dd");
        }
        String item = data.text(doc, Terms.AGENDA_ITEM);
        String itemTitle = data.text(doc, Terms.AGENDA_TITLE);
        if (item != null || itemTitle != null) {
            site.fact(h, "Agenda item", (item != null ? item : "") + (item != null && itemTitle != null ? ": " : "") + (itemTitle != null ? itemTitle : ""));
        }
        site.fact(h, "Date of issue", Site.date(data.text(doc, Terms.ISSUED)));
        site.fact(h, "Date of adoption", Site.date(data.text(doc, Terms.ADOPTION_DATE)));
        Node dist = data.object(doc, Terms.DISTRIBUTION);
        if (dist != null) site.fact(h, "Distribution", site.label(dist));
        site.factLinks(h, "Resolution", resolutions);
        site.factLinks(h, "Revises", data.objects(doc, Terms.REVISES));
        site.factLinks(h, "Revised by", data.subjects(Terms.REVISES, doc));
        site.factLinks(h, "Recommended by", ranked(doc, Terms.RECOMMENDATION_STEP, Terms.RECOMMENDER, Terms.RECOMMENDED_BY));
        List<Node> sponsors = ranked(doc, Terms.SPONSORSHIP, Terms.SPONSOR, Terms.SPONSORED_BY);
        site.factLinks(h, sponsors.size() == 1 ? "Sponsor" : "Sponsors", sponsors);
        site.fact(h, "Source file", data.text(doc, Terms.SOURCE_FILE));
        List<String> warnings = data.texts(doc, Terms.WARNING);
        if (!warnings.isEmpty()) site.fact(h, "Conversion warnings", String.join("; ", warnings));
        h.close("dl");
    }

    /** Sponsors and recommending bodies in printed order (their qualified nodes carry rg:rank). */
    private List<Node> ranked(Node doc, Node qualified, Node who, Node plain) {
        record Ranked(int rank, Node node) {}
        List<Ranked> list = new ArrayList<>();
        for (Node q : data.objects(doc, qualified)) {
            Node n = data.object(q, who);
            Integer rank = data.integer(q, Terms.RANK);
            if (n != null) list.add(new Ranked(rank == null ? Integer.MAX_VALUE : rank, n));
        }
        list.sort(Comparator.comparingInt(Ranked::rank));
        Set<Node> out = new LinkedHashSet<>();
        for (Ranked r : list) out.add(r.node());
        if (plain != null) out.addAll(site.byLabel(data.objects(doc, plain)));
        return new ArrayList<>(out);
    }

    // --- the text ----------------------------------------------------------------------------

    private void text(Html h, Node doc, DocumentText text, List<Cite> cites) {
        Map<Node, List<Cite>> byPart = new HashMap<>();
        for (Cite c : cites) if (c.part() != null) byPart.computeIfAbsent(c.part(), k -> new ArrayList<>()).add(c);
        Map<Node, List<Node>> noteUsers = new LinkedHashMap<>();
        collectNoteUsers(text.preamble(), noteUsers);
        collectNoteUsers(text.operative(), noteUsers);
        collectNoteUsers(text.annex(), noteUsers);

        h.el("h2", "Text", "id", "text");
        h.open("div", "class", "text");
        Node acting = data.object(doc, Terms.ACTING_BODY);
        if (acting != null && !(text.preamble().isEmpty() && text.operative().isEmpty())) {
            String name = site.label(acting);
            h.el("p", (name.toLowerCase(Locale.ROOT).startsWith("the ") ? name : "The " + name) + ",", "class", "acting");
        }
        Map<Node, String> names = text.names();
        for (Part p : text.preamble()) part(h, doc, p, byPart, names);
        for (Part p : text.operative()) part(h, doc, p, byPart, names);
        String annex = null;
        for (Part p : text.annex()) {
            if (p.annex() != null && !p.annex().equals(annex)) {
                annex = p.annex();
                h.el("div", annex, "class", "annex-heading");
            }
            part(h, doc, p, byPart, names);
        }
        h.close("div");
        if (!text.footnotes().isEmpty()) {
            h.el("h3", "Footnotes", "id", "footnotes");
            h.open("ol", "class", "footnotes");
            for (Part f : text.footnotes()) {
                h.open("li", "id", Anchors.of(doc, f.node())).el("span", f.marker(), "class", "mark");
                prose(h, f, byPart);
                List<Node> users = noteUsers.getOrDefault(f.node(), List.of());
                for (Node u : users) h.raw(" ").a("#" + Anchors.of(doc, u), "↩", "class", "small", "title", "back to " + site.label(u));
                h.close("li");
            }
            h.close("ol");
        }
    }

    private void collectNoteUsers(List<Part> parts, Map<Node, List<Node>> out) {
        for (Part p : parts) {
            for (Node f : p.footnotes()) out.computeIfAbsent(f, k -> new ArrayList<>()).add(p.node());
            collectNoteUsers(p.children(), out);
        }
    }

    private void part(Html h, Node doc, Part p, Map<Node, List<Cite>> byPart, Map<Node, String> names) {
        String id = Anchors.of(doc, p.node());
        h.open("div", "class", "para", "id", id);
        h.a("#" + id, p.marker().isEmpty() ? "¶" : p.marker(), "class", "num", "title", names.getOrDefault(p.node(), site.label(p.node())));
        h.open("p");
        prose(h, p, byPart);
        for (Node f : p.footnotes()) {
            String mark = data.text(f, Terms.LABEL);
            h.open("sup", "class", "fn").a("#" + Anchors.of(doc, f), mark == null ? "*" : mark, "title", "footnote").close("sup");
        }
        sharedMark(h, doc, p);
        h.close("p");
        for (Part c : p.children()) part(h, doc, c, byPart, names);
        h.close("div");
    }

    /**
     * A small mark after a paragraph whose language other documents share: how many of their
     * paragraphs, linking to the shared-language query for this document.
     */
    private void sharedMark(Html h, Node doc, Part p) {
        int n = data.objects(p.node(), Terms.SHARES_LANGUAGE).size();
        if (n == 0) return;
        if (sharedHref == null) {
            sharedHref = QueryPanel.href("shared-language", new QueryPanel(site).about("shared-language", "document", doc), null);
        }
        h.raw(" ").a(sharedHref, "≈ " + n, "class", "shared", "title",
                "Its language appears in " + n + " paragraph" + (n == 1 ? "" : "s") + " of other documents");
    }

    /** The part's words, with each citation's printed words linked to what it cites (longest first). */
    private void prose(Html h, Part p, Map<Node, List<Cite>> byPart) {
        Prose prose = new Prose(p.text());
        List<Cite> here = new ArrayList<>(byPart.getOrDefault(p.node(), List.of()));
        here.sort(Comparator.comparingInt((Cite c) -> c.citedAs() == null ? 0 : -c.citedAs().length()));
        for (Cite c : here) {
            if (c.target() == null) continue;
            prose.link(c.citedAs(), site.href(c.target()), site.label(c.target()));
        }
        if (p.kind() == Part.Kind.PREAMBLE) prose.emphasiseOpening(p.openingPhrase());
        if (p.kind() == Part.Kind.OPERATIVE) prose.emphasiseOpening(operativeOpening(p));
        prose.write(h);
    }

    /**
     * The printed words up to the first operative verb ("Also encourages"), set in italics as
     * in print; null when the verb is not among the first words.
     */
    private String operativeOpening(Part p) {
        Node verb = data.object(p.node(), Terms.OPERATIVE_VERB);
        if (verb == null || p.text() == null) return null;
        String lemma = site.label(verb).toLowerCase(Locale.ROOT);
        String head = p.text().substring(0, Math.min(60, p.text().length())).toLowerCase(Locale.ROOT);
        int at = head.indexOf(lemma);
        if (at < 0 || lemma.isEmpty()) return null;
        int end = at + lemma.length();
        if (end < head.length() && Character.isLetter(head.charAt(end))) return null;
        return p.text().substring(0, end);
    }

    // --- what it cites -----------------------------------------------------------------------

    private void citationsByKind(Html h, List<Cite> cites, Map<Node, String> names) {
        h.el("h2", "Citations", "id", "citations");
        h.el("p", "Every reference the text makes, by the kind of clause that makes it, with the words as printed.", "class", "muted small");
        for (Map.Entry<Node, List<Cite>> e : citations.byKind(cites).entrySet()) {
            h.el("h3", citations.kindHeading(e.getKey()) + " (" + e.getValue().size() + ")");
            h.open("table").open("thead").open("tr").el("th", "Cites").el("th", "As printed").el("th", "In")
                    .close("tr").close("thead").open("tbody");
            for (Cite c : e.getValue()) {
                h.open("tr").open("td");
                site.link(h, c.target());
                h.close("td").open("td", "class", "words").text(c.citedAs() == null ? "" : "“" + c.citedAs() + "”");
                if (c.resolvedFrom() != null) h.open("div", "class", "small muted").text("resolved from " + c.resolvedFrom()).close("div");
                h.close("td").open("td");
                if (c.part() != null) {
                    h.a("#" + Anchors.of(c.document(), c.part()), Site.capitalize(names.getOrDefault(c.part(), site.label(c.part()))));
                    if (c.clause() != null && !c.clause().equals(c.part())) {
                        h.text(", on ").a("#" + Anchors.of(c.document(), c.clause()), names.getOrDefault(c.clause(), site.label(c.clause())));
                    }
                }
                h.close("td").close("tr");
            }
            h.close("tbody").close("table");
        }
    }

    /** The things cited, once each, by kind: resolutions, documents, treaties with their articles, instruments, SDG targets. */
    private void citedTexts(Html h, List<Cite> cites) {
        Map<String, List<Node>> byKind = new LinkedHashMap<>();
        for (String k : List.of("Resolutions", "Documents", "Treaties and articles", "Instruments", "SDG targets", "Other")) byKind.put(k, new ArrayList<>());
        for (Node t : Citations.targets(cites)) byKind.get(citations.targetKind(t)).add(t);
        h.el("h2", "Cited texts", "id", "cited-texts");
        for (Map.Entry<String, List<Node>> e : byKind.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            h.el("h3", e.getKey() + " (" + e.getValue().size() + ")");
            if (e.getKey().equals("Treaties and articles")) {
                treaties(h, e.getValue());
                continue;
            }
            h.open("ul", "class", "list");
            for (Node t : e.getKey().equals("SDG targets") ? e.getValue() : site.byLabel(e.getValue())) {
                h.open("li");
                site.link(h, t);
                if (e.getKey().equals("SDG targets")) {
                    String official = data.text(t, Terms.PREF_LABEL);
                    if (official != null) h.text(": ").el("span", official, "class", "muted");
                }
                h.close("li");
            }
            h.close("ul");
        }
    }

    private void treaties(Html h, List<Node> targets) {
        Map<Node, List<Node>> parts = new LinkedHashMap<>();
        for (Node t : targets) {
            Node treaty = citations.treatyOf(t);
            List<Node> list = parts.computeIfAbsent(treaty, k -> new ArrayList<>());
            if (!t.equals(treaty)) list.add(t);
        }
        h.open("ul", "class", "list");
        for (Node treaty : site.byLabel(parts.keySet())) {
            h.open("li");
            site.link(h, treaty);
            List<Node> arts = parts.get(treaty);
            if (!arts.isEmpty()) {
                h.open("div", "class", "small").text("Articles: ");
                boolean first = true;
                for (Node a : site.byLabel(arts)) {
                    if (!first) h.text(", ");
                    String label = site.label(a);
                    int of = label.indexOf(" of ");
                    site.link(h, a, of > 0 ? label.substring(0, of) : label);
                    first = false;
                }
                h.close("div");
            }
            h.close("li");
        }
        h.close("ul");
    }
}
