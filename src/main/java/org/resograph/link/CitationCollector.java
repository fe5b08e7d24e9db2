package org.resograph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.resograph.lexicon.Entity;
import org.resograph.lexicon.EntityKind;
import org.resograph.lexicon.Token;
import org.resograph.rdf.IdPaths;

/**
 * Collects the citations of one unit: resolutions, document symbols, treaties (by name, Treaty
 * Series volume or adopting resolution and annex), treaty articles, instruments and SDG
 * targets. Footnotes are read in print order so that "Ibid." finds its antecedent (FORMAT.md
 * rule 13): the nearest earlier footnote citing the same kind of thing, preferring one through
 * which the Ibid. names something the reference data knows.
 */
final class CitationCollector {

    private static final Pattern IBID = Pattern.compile("^\\s*(?:Ibid|Idem)\\b\\.?,?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern IBID_ANNEX = Pattern.compile("^annex(?:es)?(?:\\s+([IVXL]{1,5}|[A-Z]|\\d{1,2}))?\\b");
    private static final Pattern SDG = Pattern.compile(
            "\\b[Tt]argets?\\s+(\\d{1,2}\\.[0-9a-z](?:\\s*(?:,|and|or|as well as)\\s*\\d{1,2}\\.[0-9a-z])*)");
    private static final Pattern SDG_CODE = Pattern.compile("(\\d{1,2})\\.([0-9]{1,2}|[a-z])");
    private static final Pattern SYMBOL_ANNEX = Pattern.compile("\\G\\s*,\\s*annex(?:es)?(?:\\s+([IVXL]{1,5}|[A-Z]|\\d{1,2}))?");

    /** What a footnote cited, for later Ibids. */
    private record Antecedent(String kind, String resolutionPath, Target.Resolution resolution, String symbol,
                              String annex, List<Integer> volumes, List<Integer> numbers, List<Citation> citations) {}

    private final LinkContext ctx;
    private final TreatyRefFinder treatyRefs;
    private final SymbolFinder symbols;
    private final List<Antecedent> antecedents = new ArrayList<>();
    /** Treaties named so far, most recent last: "the Convention" in an article reference refers to the last. */
    private final List<Entity> treatiesNamed = new ArrayList<>();

    CitationCollector(LinkContext ctx) {
        this.ctx = ctx;
        this.treatyRefs = new TreatyRefFinder(ctx.gazetteer);
        this.symbols = new SymbolFinder(ctx.lexicon);
    }

    /** Citations of a unit. {@code kindAt} gives the clause kind at a character of the unit. */
    List<Citation> collect(Unit u, List<NameFinder.Found> names, List<ResolutionFinder.Found> resolutions,
                           PartRef clausePart, java.util.function.IntFunction<String> kindAt) {
        List<Citation> out = new ArrayList<>();
        String s = u.plain();
        List<Citation> resCits = new ArrayList<>();
        List<Antecedent> mine = new ArrayList<>();

        for (ResolutionFinder.Found r : resolutions) {
            Citation c = cite(u, clausePart, kindAt, r.target(), r.citedAs(), r.start(), r.end(), null);
            out.add(c);
            resCits.add(c);
            String path = IdPaths.resolution(r.target().body(), r.target().number());
            if (r.annex() != null) {
                for (Entity e : adopted(path, r.annex())) {
                    out.add(cite(u, clausePart, kindAt, targetOf(e), r.citedAs() + ", annex " + r.annex(), r.start(), r.end(),
                            "adopting resolution " + r.target().number() + ", annex " + r.annex()));
                }
            }
            mine.add(new Antecedent(r.annex() != null ? "annex" : "resolution", path, r.target(), null, r.annex(), null, null, List.of(c)));
        }

        List<SymbolFinder.Found> syms = symbols.find(s);
        for (SymbolFinder.Found f : syms) {
            if (f.symbol().equals(ctx.facts.symbol()) || f.symbol().equals(ctx.facts.revises())) continue;
            Citation c = cite(u, clausePart, kindAt, new Target.Document(f.symbol()), s.substring(f.start(), f.end()),
                    u.source(f.start()), u.source(f.end() - 1) + 1, null);
            out.add(c);
            for (Entity e : ctx.gazetteer.bySymbol(f.symbol())) {
                out.add(cite(u, clausePart, kindAt, targetOf(e), c.citedAs(), c.start(), c.end(), "document symbol " + f.symbol()));
            }
            Matcher a = SYMBOL_ANNEX.matcher(s);
            String annex = a.find(f.end()) ? (a.group(1) == null ? "" : a.group(1)) : null;
            mine.add(new Antecedent(annex != null ? "annex" : "document", null, null, f.symbol(), annex, null, null, List.of(c)));
        }

        for (TreatyRefFinder.SeriesRef ref : treatyRefs.series(s)) {
            TreatyRefFinder.SeriesRef resolved = ref;
            if (ref.numbers().isEmpty()) {
                Antecedent prev = last("series");
                if (prev != null && prev.numbers() != null) resolved = new TreatyRefFinder.SeriesRef(ref.volumes(), prev.numbers(), ref.start(), ref.end());
            }
            for (Entity e : treatyRefs.treaties(resolved)) {
                if (!guard(e)) continue;
                out.add(cite(u, clausePart, kindAt, new Target.Treaty(e.id(), null, null), s.substring(ref.start(), ref.end()),
                        u.source(ref.start()), u.source(ref.end() - 1) + 1, "Treaty Series " + volumes(resolved)));
            }
            mine.add(new Antecedent("series", null, null, null, null, resolved.volumes(), resolved.numbers(), List.of()));
        }

        if (u.isFootnote()) {
            Matcher ib = IBID.matcher(s);
            if (ib.matches() && mine.stream().noneMatch(m -> !m.kind().equals("series"))) {
                out.addAll(ibid(u, clausePart, kindAt, ib.group(1).strip(), mine));
            }
            antecedents.addAll(mine);
        }

        for (NameFinder.Found f : names) {
            Entity e = f.entity();
            if (e.kind() == EntityKind.TREATY) {
                if (f.nested() || !guard(e)) continue;
                treatiesNamed.remove(e);
                treatiesNamed.add(e);
                out.add(cite(u, clausePart, kindAt, new Target.Treaty(e.id(), null, null), s.substring(f.start(), f.end()),
                        u.source(f.start()), u.source(f.end() - 1) + 1, null));
            }
        }
        out.addAll(instruments(u, names, resCits, clausePart, kindAt));
        out.addAll(articles(u, names, clausePart, kindAt));
        out.addAll(sdgTargets(u, clausePart, kindAt));
        return out;
    }

    private List<Citation> ibid(Unit u, PartRef clausePart, java.util.function.IntFunction<String> kindAt, String rest,
                                List<Antecedent> mine) {
        List<Citation> out = new ArrayList<>();
        Matcher an = IBID_ANNEX.matcher(rest);
        if (an.find()) {
            String annex = an.group(1) == null ? "" : an.group(1);
            // Nearest earlier annex-bearing footnote through which this annex names something known.
            Antecedent chosen = null;
            List<Entity> entities = List.of();
            for (int i = antecedents.size() - 1; i >= 0; i--) {
                Antecedent a = antecedents.get(i);
                if (!a.kind().equals("annex") && !a.kind().equals("resolution")) continue;
                List<Entity> es = a.resolutionPath() != null ? adopted(a.resolutionPath(), annex) : List.of();
                if (!es.isEmpty()) {
                    chosen = a;
                    entities = es;
                    break;
                }
                if (chosen == null && a.kind().equals("annex")) chosen = a;
            }
            if (chosen != null) {
                for (Citation c : chosen.citations()) {
                    out.add(cite(u, clausePart, kindAt, c.target(), "Ibid., " + an.group(), u.source(0), u.source(u.plain().length() - 1) + 1,
                            "Ibid.: " + c.citedAs()));
                }
                for (Entity e : entities) {
                    out.add(cite(u, clausePart, kindAt, targetOf(e), "Ibid., " + an.group(), u.source(0), u.source(u.plain().length() - 1) + 1,
                            "Ibid.: " + chosen.resolution().number() + ", annex " + annex));
                }
                mine.add(new Antecedent("annex", chosen.resolutionPath(), chosen.resolution(), chosen.symbol(), annex, null, null, chosen.citations()));
            }
            return out;
        }
        if (!rest.matches("(?s)^(?:vols?\\.|No\\.).*")) {
            // A bare Ibid. (or with a page or paragraph): the previous footnote's document or resolution.
            for (int i = antecedents.size() - 1; i >= 0; i--) {
                Antecedent a = antecedents.get(i);
                if (a.kind().equals("series")) continue;
                for (Citation c : a.citations()) {
                    out.add(cite(u, clausePart, kindAt, c.target(), "Ibid.", u.source(0), u.source(u.plain().length() - 1) + 1,
                            "Ibid.: " + c.citedAs()));
                }
                mine.add(a);
                break;
            }
        }
        return out;
    }

    private Antecedent last(String kind) {
        for (int i = antecedents.size() - 1; i >= 0; i--) if (antecedents.get(i).kind().equals(kind)) return antecedents.get(i);
        return null;
    }

    private List<Entity> adopted(String resolutionPath, String annex) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : ctx.gazetteer.adoptedBy(resolutionPath, annex)) if (guard(e)) out.add(e);
        return out;
    }

    /** Instruments by name; where several share a name, the one the paragraph's resolutions or years point to. */
    private List<Citation> instruments(Unit u, List<NameFinder.Found> names, List<Citation> resCits, PartRef clausePart,
                                       java.util.function.IntFunction<String> kindAt) {
        List<Citation> out = new ArrayList<>();
        String s = u.plain();
        for (int i = 0; i < names.size(); i++) {
            NameFinder.Found f = names.get(i);
            if (f.entity().kind() != EntityKind.INSTRUMENT) continue;
            List<Entity> same = new ArrayList<>();
            for (NameFinder.Found g : names) {
                if (g.entity().kind() == EntityKind.INSTRUMENT && g.start() == f.start() && g.end() == f.end()) same.add(g.entity());
            }
            if (same.get(0) != f.entity()) continue;
            Entity chosen = choose(same, u, resCits);
            if (chosen == null) continue;
            out.add(cite(u, clausePart, kindAt, new Target.Instrument(chosen.id()), s.substring(f.start(), f.end()),
                    u.source(f.start()), u.source(f.end() - 1) + 1, same.size() > 1 ? "disambiguated among " + same.size() + " instruments of that name" : null));
        }
        return out;
    }

    private Entity choose(List<Entity> candidates, Unit u, List<Citation> resCits) {
        List<Entity> ok = new ArrayList<>();
        for (Entity e : candidates) if (guard(e)) ok.add(e);
        if (ok.size() <= 1) return ok.isEmpty() ? null : ok.get(0);
        List<String> cited = new ArrayList<>(ctx.citedResolutionPaths());
        for (Citation c : resCits) {
            if (c.target() instanceof Target.Resolution r) cited.add(IdPaths.resolution(r.body(), r.number()));
        }
        for (Entity e : ok) for (String r : e.adoptingResolutions()) if (cited.contains(r)) return e;
        for (Entity e : ok) if (e.year() != null && u.plain().contains(String.valueOf(e.year()))) return e;
        Entity latest = null;
        for (Entity e : ok) if (latest == null || e.year() != null && latest.year() != null && e.year() > latest.year()) latest = e;
        return latest;
    }

    /** Temporal guard: a document cannot cite what was adopted after it. */
    private boolean guard(Entity e) {
        LocalDate d = ctx.documentDate();
        if (d == null || e.year() == null) return true;
        if (e.adopted() != null) return !e.adopted().isAfter(d);
        return e.year() <= d.getYear();
    }

    private List<Citation> articles(Unit u, List<NameFinder.Found> names, PartRef clausePart,
                                    java.util.function.IntFunction<String> kindAt) {
        List<Citation> out = new ArrayList<>();
        String s = u.plain();
        List<Token> tokens = u.tokens();
        if (!s.contains("rticle")) return out;
        for (TreatyRefFinder.ArticleRef ref : treatyRefs.articles(s, tokens)) {
            Entity treaty = null;
            for (NameFinder.Found f : names) {
                if (f.firstToken() == ref.treatyAt() && f.entity().kind() == EntityKind.TREATY && !f.nested()) treaty = f.entity();
            }
            if (treaty == null && ref.treatyAt() >= 0) treaty = treatyBackReference(tokens, ref.treatyAt());
            if (treaty == null) continue;
            for (String art : ref.articles()) {
                List<String> paras = ref.paragraphs().isEmpty() ? java.util.Collections.singletonList(null) : ref.paragraphs();
                for (String p : paras) {
                    out.add(cite(u, clausePart, kindAt, new Target.Treaty(treaty.id(), art, p), s.substring(ref.start(), ref.end()).strip(),
                            u.source(ref.start()), u.source(ref.end() - 1) + 1, null));
                }
            }
        }
        return out;
    }

    /** "of the Convention", "of that Protocol": the last treaty named whose name holds the word. */
    private Entity treatyBackReference(List<Token> tokens, int at) {
        if (at >= tokens.size()) return null;
        String head = tokens.get(at).raw();
        if (!head.equals("Convention") && !head.equals("Protocol") && !head.equals("Covenant") && !head.equals("Charter")
                && !head.equals("Statute") && !head.equals("Agreement") && !head.equals("Treaty")) return null;
        for (int i = treatiesNamed.size() - 1; i >= 0; i--) {
            Entity e = treatiesNamed.get(i);
            if ((" " + e.label() + " ").contains(" " + head + " ")) return e;
        }
        return null;
    }

    private List<Citation> sdgTargets(Unit u, PartRef clausePart, java.util.function.IntFunction<String> kindAt) {
        List<Citation> out = new ArrayList<>();
        String s = u.plain();
        if (!s.contains("arget")) return out;
        Matcher m = SDG.matcher(s);
        while (m.find()) {
            Matcher c = SDG_CODE.matcher(m.group(1));
            while (c.find()) {
                int goal = Integer.parseInt(c.group(1));
                if (goal < 1 || goal > 17) continue;
                String code = goal + "." + c.group(2);
                int at = m.start(1) + c.start();
                out.add(cite(u, clausePart, kindAt, new Target.SdgTarget(code), c.group(), u.source(at), u.source(at + c.group().length() - 1) + 1, null));
            }
        }
        return out;
    }

    private static Target targetOf(Entity e) {
        return e.kind() == EntityKind.TREATY ? new Target.Treaty(e.id(), null, null) : new Target.Instrument(e.id());
    }

    private static String volumes(TreatyRefFinder.SeriesRef r) {
        return "vol. " + r.volumes() + (r.numbers().isEmpty() ? "" : ", No. " + r.numbers());
    }

    private static Citation cite(Unit u, PartRef clausePart, java.util.function.IntFunction<String> kindAt, Target t,
                                 String citedAs, int start, int end, String resolvedFrom) {
        int local = 0;
        for (int i = 0; i < u.plain().length(); i++) {
            if (u.source(i) >= start) {
                local = i;
                break;
            }
        }
        return new Citation(t, u.part(), clausePart, kindAt.apply(local), citedAs, start, end, resolvedFrom);
    }
}
