package org.resograph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.resograph.lexicon.Entity;
import org.resograph.lexicon.EntityKind;
import org.resograph.lexicon.Gazetteer;
import org.resograph.lexicon.Lexicon;
import org.resograph.lexicon.Token;
import org.resograph.lexicon.Trie;
import org.resograph.parse.Document;
import org.resograph.parse.Footnote;
import org.resograph.parse.Paragraph;
import org.resograph.parse.ParagraphKind;
import org.resograph.read.Markers;
import org.resograph.rdf.IdPaths;

/**
 * The link stage: {@link Document} to {@link LinkedDocument}. Resolves the cover, reads every
 * paragraph and footnote for names and citations, reads the clauses, and derives mandates and
 * reporting obligations. Thread-safe: one instance serves all documents.
 */
public final class Linker {
    private static final Pattern QUOTED = Pattern.compile("[\u201c\"]([^\u201c\u201d\"]{3,400})[\u201d\"]");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final List<ResolutionFinder.Numbering> numberings = new ArrayList<>();
    private final Set<String> possessiveBare;

    public Linker(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        for (String spec : lexicon.resolutionBodies()) {
            String[] p = spec.split("\\s+");
            boolean isDefault = p[p.length - 1].equals("default");
            int n = isDefault ? p.length - 1 : p.length;
            numberings.add(new ResolutionFinder.Numbering(p[0], p[1], n > 2 ? Integer.parseInt(p[2]) : 0, isDefault));
        }
        this.possessiveBare = Set.copyOf(lexicon.possessiveBareNames());
    }

    public LinkedDocument link(Document d) {
        List<String> warnings = new ArrayList<>(d.warnings());
        DocumentFacts facts = new HeaderLinker(gazetteer, lexicon).link(d, warnings);
        LinkContext ctx = new LinkContext(lexicon, gazetteer, facts);
        NameFinder nameFinder = new NameFinder(gazetteer, possessiveBare, ctx.documentYear());
        ResolutionFinder resolutionFinder = new ResolutionFinder(ctx, numberings);
        CitationCollector collector = new CitationCollector(ctx);
        ClauseReader clauses = new ClauseReader(ctx);
        MandateReader mandates = new MandateReader(ctx);

        List<Unit> units = units(d);
        // Where each footnote is cited from: its paragraph and the character there.
        Map<String, Unit> citedFrom = new HashMap<>();
        Map<String, Integer> citedAt = new HashMap<>();
        for (Unit u : units) {
            if (u.isFootnote()) continue;
            for (Markers.Ref r : u.markers()) {
                citedFrom.putIfAbsent(r.label(), u);
                citedAt.putIfAbsent(r.label(), r.at());
            }
        }

        // First pass: names and resolutions of every unit (resolutions help choose among same-named instruments).
        Map<Unit, List<NameFinder.Found>> names = new HashMap<>();
        Map<Unit, List<ResolutionFinder.Found>> resolutions = new HashMap<>();
        for (Unit u : units) {
            List<int[]> titles = quotedSpans(u.plain());
            for (Trie.Hit<String> pub : lexicon.publicationsIn(u.tokens())) {
                titles.add(new int[] {u.tokens().get(pub.start()).start(), u.tokens().get(pub.end() - 1).end()});
            }
            List<NameFinder.Found> found = nameFinder.find(u, titles);
            List<ResolutionFinder.Found> res = resolutionFinder.find(u, found, titles);
            for (NameFinder.Found f : found) if (!f.nested()) ctx.named(f.entity());
            names.put(u, keepOutside(found, titles));
            resolutions.put(u, res);
            for (ResolutionFinder.Found r : res) ctx.citedResolution(IdPaths.resolution(r.target().body(), r.target().number()));
        }

        List<Citation> citations = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Clauses.Preambular> preamble = new ArrayList<>();
        List<Clauses.Operative> operative = new ArrayList<>();
        List<Mandate> mandateList = new ArrayList<>();
        List<Reporting> reportingList = new ArrayList<>();
        Map<Unit, IntFunction<String>> kinds = new HashMap<>();

        ctx.resetNamed();
        for (Unit u : units) {
            List<NameFinder.Found> found = names.get(u);
            for (NameFinder.Found f : found) if (!f.nested()) ctx.named(f.entity());
            for (NameFinder.Found f : found) {
                Entity e = f.entity();
                if (e.kind() == EntityKind.TREATY || e.kind() == EntityKind.INSTRUMENT) continue;
                NameUse use = datedName(f, u, ctx.documentYear(), warnings);
                mentions.add(new Mention(e.kind(), e.id(), u.part(), u.source(f.start()), u.source(f.end() - 1) + 1, use));
            }
            IntFunction<String> kindAt;
            PartRef clausePart = u.part();
            if (u.isFootnote()) {
                Unit from = citedFrom.get(u.footnote());
                IntFunction<String> parentKinds = from == null ? null : kinds.get(from);
                int at = from == null ? 0 : citedAt.get(u.footnote());
                String kind = parentKinds == null ? "other" : parentKinds.apply(at);
                kindAt = i -> kind;
                if (from != null) clausePart = from.part();
            } else {
                kindAt = clauseKinds(u, clauses);
            }
            kinds.put(u, kindAt);
            citations.addAll(collector.collect(u, found, resolutions.get(u), clausePart, kindAt));

            Paragraph p = u.paragraph();
            boolean top = p != null && u.part().path().equals(topPath(u));
            if (top && u.kind() == ParagraphKind.PREAMBULAR) {
                String[] phrase = clauses.preamblePhrase(u);
                preamble.add(new Clauses.Preambular(p.position(), u.part(), phrase[0], phrase[1]));
            } else if (top && (u.kind() == ParagraphKind.OPERATIVE || u.kind() == ParagraphKind.ANNEX)) {
                readOperative(u, p, clauses, mandates, names, units, operative, mandateList, reportingList);
            }
        }
        citations.addAll(headerSymbols(d, facts));
        return new LinkedDocument(d, facts, List.copyOf(preamble), List.copyOf(operative), dedupe(citations),
                List.copyOf(mentions), List.copyOf(mandateList), dedupeReporting(reportingList), List.copyOf(warnings));
    }

    /**
     * A State named by a dated name, with whether the document's year fits it. A former name of
     * a current State out of its years ("Swaziland" in 2022), or any dated name used before its
     * years, is warned about; a former State named after its end ("the former Czechoslovakia")
     * is history, not a slip, and is only recorded.
     */
    private static NameUse datedName(NameFinder.Found f, Unit u, Integer year, List<String> warnings) {
        Gazetteer.Name n = f.name();
        if (n == null || !n.dated() || f.entity().kind() != EntityKind.STATE) return null;
        String printed = u.plain().substring(f.start(), f.end());
        boolean in = n.inYears(year);
        boolean former = Gazetteer.FORMER_STATE.equals(f.entity().type());
        if (!in && (!former || n.from() != null && year < n.from())) {
            // One warning per name as printed, at its first place.
            String head = "\"" + printed + "\" (";
            if (warnings.stream().noneMatch(w -> w.startsWith(head))) {
                warnings.add(head + u.part().path() + ") is read as " + f.entity().label() + " (" + f.entity().id()
                        + "), whose name it was " + n.years() + ", in a text of " + year);
            }
        }
        return new NameUse(f.entity().id(), printed, n.datedName(), n.years(), in);
    }

    /** Symbols of the adoption line: "[on the report of the Third Committee (A/74/400)]" (rule 12). */
    private List<Citation> headerSymbols(Document d, DocumentFacts facts) {
        List<Citation> out = new ArrayList<>();
        String context = d.header().adoptionContext();
        if (context == null) return out;
        PartRef header = new PartRef("header", null);
        String source = d.source().text();
        for (SymbolFinder.Found f : new SymbolFinder(lexicon).find(context)) {
            if (f.symbol().equals(facts.symbol())) continue;
            int at = source.indexOf(f.symbol());
            int start = Math.max(0, at);
            out.add(new Citation(new Target.Document(f.symbol()), header, header, "other", f.symbol(), start,
                    at < 0 ? start : start + f.symbol().length(), "adoption line"));
        }
        return out;
    }

    /** An operative paragraph (or a paragraph of an adopted text, for mandates only). */
    private void readOperative(Unit u, Paragraph p, ClauseReader clauses, MandateReader mandates,
                               Map<Unit, List<NameFinder.Found>> names, List<Unit> units,
                               List<Clauses.Operative> operative, List<Mandate> mandateList, List<Reporting> reportingList) {
        ClauseReader.Opening open = clauses.opening(u);
        List<MandateReader.VerbSpan> spans = new ArrayList<>();
        List<Clauses.VerbUse> others = new ArrayList<>();
        String verb = null;
        List<String> addressees = List.of();
        String kind = "other";
        if (open != null) {
            verb = open.lemma();
            addressees = clauses.addressees(u, open.verb(), open.verbEnd());
            kind = open.verb() == null ? "other" : open.verb().clauseKind();
            List<Trie.Hit<Lexicon.Verb>> more = clauses.otherVerbs(u, open.verbEnd());
            int clauseStart = u.tokens().get(open.verbStart()).start();
            for (int i = 0; i < more.size(); i++) {
                Trie.Hit<Lexicon.Verb> h = more.get(i);
                int start = u.tokens().get(h.start()).start();
                if (spans.isEmpty()) spans.add(new MandateReader.VerbSpan(open.verb(), verb, addressees, clauseStart, start));
                int end = i + 1 < more.size() ? u.tokens().get(more.get(i + 1).start()).start() : u.plain().length();
                List<String> a = clauses.addressees(u, h.value(), h.end());
                others.add(new Clauses.VerbUse(h.value().lemma(), h.value().addresses(), h.value().mandate(), a, start, end, h.value().clauseKind()));
                spans.add(new MandateReader.VerbSpan(h.value(), h.value().lemma(), a, start, end));
            }
            if (spans.isEmpty()) spans.add(new MandateReader.VerbSpan(open.verb(), verb, addressees, clauseStart, u.plain().length()));
        }
        Integer n = p.number();
        List<String> labels = new ArrayList<>();
        for (Paragraph c : p.children()) labels.add(c.label());
        if (u.kind() == ParagraphKind.OPERATIVE) {
            operative.add(new Clauses.Operative(n, u.part(), verb, open == null ? null : open.modifier(), addressees,
                    List.copyOf(labels), List.copyOf(others), kind));
        }
        // Mandates and reporting read the paragraph with its sub-paragraphs.
        List<Unit> family = new ArrayList<>();
        for (Unit x : units) if (x.paragraph() == p && !x.isFootnote()) family.add(x);
        List<String[]> funding = new ArrayList<>();
        for (Unit x : family) funding.addAll(mandates.funding(x.tokens(), x.plain()));
        for (Unit x : units) {
            if (x.isFootnote() && footnoteOf(u, x)) funding.addAll(mandates.funding(x.tokens(), x.plain()));
        }
        mandateList.addAll(mandates.mandates(u, n, spans, funding));
        for (MandateReader.VerbSpan v : spans) reportingList.addAll(mandates.reporting(u, n, v, names.get(u)));
    }

    private static boolean footnoteOf(Unit paragraph, Unit footnote) {
        for (Markers.Ref r : paragraph.markers()) if (r.label().equals(footnote.footnote())) return true;
        return false;
    }

    /** The clause kind at each character of a paragraph: its opening, then each later clause that opens with a participle or verb. */
    private IntFunction<String> clauseKinds(Unit u, ClauseReader clauses) {
        List<int[]> starts = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        Paragraph p = u.paragraph();
        if (p == null) return i -> "other";
        if (u.kind() == ParagraphKind.PREAMBULAR) {
            String[] first = clauses.preamblePhrase(u);
            starts.add(new int[] {0});
            kinds.add(first[1]);
            List<Token> t = u.tokens();
            for (int i = 1; i < t.size(); i++) {
                if (!t.get(i).isLowerCase()) continue;
                Trie.Hit<Lexicon.PreambleHead> h = lexicon.preambleHeadAt(t, i);
                if (h == null || !t.get(i).raw().endsWith("ing")) continue;
                String gap = u.plain().substring(t.get(i - 1).end(), t.get(i).start());
                boolean boundary = gap.contains(",") || gap.contains(";") || t.get(i - 1).key().equals("and")
                        && u.plain().substring(Math.max(0, t.get(i - 1).start() - 2), t.get(i - 1).start()).contains(",");
                if (boundary) {
                    starts.add(new int[] {t.get(i).start()});
                    kinds.add(h.value().clauseKind());
                }
            }
        } else {
            ClauseReader.Opening open = clauses.opening(u);
            starts.add(new int[] {0});
            kinds.add(open == null || open.verb() == null ? "other" : open.verb().clauseKind());
            if (open != null) {
                for (Trie.Hit<Lexicon.Verb> h : clauses.otherVerbs(u, open.verbEnd())) {
                    starts.add(new int[] {u.tokens().get(h.start()).start()});
                    kinds.add(h.value().clauseKind());
                }
            }
        }
        return i -> {
            String k = kinds.get(0);
            for (int j = 0; j < starts.size(); j++) if (starts.get(j)[0] <= i) k = kinds.get(j);
            return k;
        };
    }

    // --- units ----------------------------------------------------------------------------

    private List<Unit> units(Document d) {
        List<Unit> out = new ArrayList<>();
        for (Paragraph p : d.preamble()) addUnits(out, "preamble/" + p.position(), ParagraphKind.PREAMBULAR, p, p);
        Set<String> used = new HashSet<>();
        for (Paragraph p : d.operative()) {
            String id = p.number() != null && used.add(String.valueOf(p.number())) ? String.valueOf(p.number()) : "x" + p.position();
            addUnits(out, "operative/" + id, ParagraphKind.OPERATIVE, p, p);
        }
        for (Paragraph p : d.annex()) {
            if (p.kind() == ParagraphKind.HEADING) continue;
            addUnits(out, "annex/" + p.position(), ParagraphKind.ANNEX, p, p);
        }
        for (Footnote f : d.footnotes()) {
            out.add(Unit.of(new PartRef("footnote/" + f.index(), null), null, null, f.text(), List.of(), f.label()));
        }
        return out;
    }

    private void addUnits(List<Unit> out, String path, ParagraphKind kind, Paragraph top, Paragraph p) {
        Integer number = kind == ParagraphKind.OPERATIVE ? top.number() : null;
        out.add(Unit.of(new PartRef(path, number), kind, top, p.text(), p.markers(), null));
        Set<String> used = new HashSet<>();
        for (Paragraph c : p.children()) {
            String label = c.label().equals("•") ? "bullet" + c.position() : c.label();
            if (!used.add(label)) label = label + "-" + c.position();
            addUnits(out, path + "/" + label, kind, top, c);
        }
    }

    private static String topPath(Unit u) {
        String path = u.part().path();
        String[] parts = path.split("/");
        return parts[0] + "/" + parts[1];
    }

    private static List<int[]> quotedSpans(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(s);
        while (m.find()) out.add(new int[] {m.start(1), m.end(1)});
        return out;
    }

    private static List<NameFinder.Found> keepOutside(List<NameFinder.Found> found, List<int[]> titles) {
        List<NameFinder.Found> out = new ArrayList<>();
        for (NameFinder.Found f : found) {
            if (NameFinder.inside(titles, f.start(), f.end()) && (f.entity().kind().isBodyLike() || f.entity().kind() == EntityKind.TREATY)) continue;
            out.add(f);
        }
        return out;
    }

    private static List<Citation> dedupe(List<Citation> in) {
        Set<String> seen = new LinkedHashSet<>();
        List<Citation> out = new ArrayList<>();
        for (Citation c : in) if (seen.add(c.target() + "|" + c.part().path() + "|" + c.start())) out.add(c);
        return List.copyOf(out);
    }

    private static List<Reporting> dedupeReporting(List<Reporting> in) {
        Set<String> seen = new HashSet<>();
        List<Reporting> out = new ArrayList<>();
        for (Reporting r : in) if (seen.add(r.paragraph() + "|" + r.part().path() + "|" + r.reporter() + "|" + r.reportTo())) out.add(r);
        return List.copyOf(out);
    }
}
