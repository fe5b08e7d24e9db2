package org.resograph.lexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.resograph.rdf.Vocab;

import static org.resograph.lexicon.Graphs.*;

/**
 * The reference data as lookup structures: every name of every body, official, group, State,
 * treaty and instrument in one token trie, and the indexes the linker needs besides (Treaty
 * Series volumes, adopting resolutions, document symbols, session years).
 */
public final class Gazetteer {

    /**
     * A name of an entity, and whether it must match as printed (acronyms, one-word names). A
     * dated name (a State's former name, or a name of a former State) has the years it was in
     * use ({@code from}, {@code to}, either open), the relative IRI of its rg:DatedName node, and
     * whether it names the State only in texts of its years.
     */
    public record Name(Entity entity, String label, boolean exactCase, List<String> raw,
                       Integer from, Integer to, boolean onlyInYears, String datedName) {
        public Name(Entity entity, String label, boolean exactCase, List<String> raw) {
            this(entity, label, exactCase, raw, null, null, false, null);
        }

        /** A name with years of its own. */
        public boolean dated() {
            return datedName != null;
        }

        /** Was the name in use in the year (an unknown year is taken to fit)? */
        public boolean inYears(Integer year) {
            return year == null || (from == null || from <= year) && (to == null || year <= to);
        }

        /** How many years the year lies outside the name's years (0 inside). */
        int distance(int year) {
            if (from != null && year < from) return from - year;
            if (to != null && year > to) return year - to;
            return 0;
        }

        /** The name's years as a reader would write them ("1971-1997", "until 2018", "from 1992"). */
        public String years() {
            if (from == null && to == null) return "any year";
            if (from == null) return "until " + to;
            if (to == null) return "from " + from;
            return from.equals(to) ? String.valueOf(from) : from + "-" + to;
        }
    }

    private final Map<String, Entity> byKey = new LinkedHashMap<>();
    private final Trie<Name> names = new Trie<>();
    private final Map<Integer, List<Entity>> byVolume = new HashMap<>();
    private final Map<String, List<Entity>> byAdoptingResolution = new HashMap<>();
    private final Map<String, List<Entity>> bySymbol = new HashMap<>();
    private final Map<String, Integer> sessionYears = new HashMap<>();
    private final String base;

    /** {@link Entity#type()} of a former State (rg:FormerState). */
    public static final String FORMER_STATE = "former-state";

    private static final String RG = Vocab.RG;
    private static final String SKOS = Vocab.SKOS;

    public Gazetteer(List<Graph> graphs, Lexicon lexicon, String base) {
        this.base = base;
        for (Graph g : graphs) load(g, lexicon);
    }

    public static Gazetteer load(Lexicon lexicon) {
        List<Graph> graphs = new ArrayList<>();
        for (String f : DataFiles.REFERENCE) graphs.add(DataFiles.read(f));
        return new Gazetteer(graphs, lexicon, Vocab.DEFAULT_BASE);
    }

    private void load(Graph g, Lexicon lexicon) {
        Node type = uri(Vocab.RDF + "type");
        for (Triple t : find(g, null, type, null)) {
            Node s = t.getSubject();
            String cls = t.getObject().getURI();
            EntityKind kind = switch (cls.substring(cls.indexOf('#') + 1)) {
                case "Body" -> EntityKind.BODY;
                case "Official" -> EntityKind.OFFICIAL;
                case "ActorGroup" -> EntityKind.GROUP;
                case "State" -> EntityKind.STATE;
                case "Treaty" -> EntityKind.TREATY;
                case "Instrument" -> EntityKind.INSTRUMENT;
                case "Session" -> null;
                default -> null;
            };
            if (cls.equals(RG + "Session")) {
                loadSession(g, s);
                continue;
            }
            if (kind == null || !cls.startsWith(RG)) continue;
            loadEntity(g, s, kind, lexicon);
        }
    }

    private void loadEntity(Graph g, Node s, EntityKind kind, Lexicon lexicon) {
        String id = literal(g, s, SKOS + "notation");
        String label = literal(g, s, SKOS + "prefLabel");
        Set<String> labels = new LinkedHashSet<>();
        labels.add(label);
        for (String p : List.of(RG + "acronym", RG + "shortName", RG + "formalName", SKOS + "altLabel")) {
            labels.addAll(literals(g, s, p));
        }
        List<String> heads = new ArrayList<>();
        for (String head : lexicon.backReferenceHeads()) {
            for (String l : labels) {
                if ((" " + l + " ").contains(" " + head + " ") && !heads.contains(head)) heads.add(head);
            }
        }
        List<String> resolutions = new ArrayList<>();
        for (Node r : objects(g, s, RG + "adoptingResolution")) resolutions.add(relative(r.getURI()));
        String type = literal(g, s, RG + "bodyType");
        if (g.contains(s, uri(Vocab.RDF + "type"), uri(RG + "FormerState"))) type = FORMER_STATE;
        String date = literal(g, s, RG + "adoptionDate");
        String year = literal(g, s, RG + "adoptionYear");
        Entity e = new Entity(kind, id, label,
                "true".equals(literal(g, s, RG + "unSystem")),
                parentId(g, s),
                date == null ? null : LocalDate.parse(date),
                year == null ? null : Integer.valueOf(year),
                integer(literal(g, s, RG + "untsVolume")),
                integer(literal(g, s, RG + "untsRegistrationNumber")),
                List.copyOf(resolutions),
                annexLabel(literal(g, s, RG + "annex")),
                literal(g, s, RG + "documentSymbol"),
                List.copyOf(heads),
                type);
        byKey.put(key(kind, id), e);
        // Dated names first: a label that is also a dated name is read with its years only.
        Set<String> datedKeys = new HashSet<>();
        for (Node n : objects(g, s, RG + "datedName")) {
            String name = literal(g, n, Vocab.RDFS + "label");
            if (name == null) continue;
            String from = literal(g, n, RG + "validFrom");
            String to = literal(g, n, RG + "validTo");
            Dates d = new Dates(from == null ? null : Integer.valueOf(from.substring(0, 4)),
                    to == null ? null : Integer.valueOf(to.substring(0, 4)),
                    "true".equals(literal(g, n, RG + "onlyInItsYears")), relative(n.getURI()));
            datedKeys.add(String.join(" ", Tokenizer.keys(stripThe(name))));
            addName(e, name, lexicon, d);
        }
        for (String l : labels) {
            if (!datedKeys.contains(String.join(" ", Tokenizer.keys(stripThe(l))))) addName(e, l, lexicon, null);
        }
        if (e.untsVolume() != null) byVolume.computeIfAbsent(e.untsVolume(), k -> new ArrayList<>()).add(e);
        for (String r : e.adoptingResolutions()) byAdoptingResolution.computeIfAbsent(r, k -> new ArrayList<>()).add(e);
        if (e.documentSymbol() != null) {
            for (String sym : e.documentSymbol().split("[;|]")) {
                bySymbol.computeIfAbsent(sym.strip().replaceAll("\\s+", ""), k -> new ArrayList<>()).add(e);
            }
        }
    }

    private record Dates(Integer from, Integer to, boolean onlyInYears, String path) {}

    private static String stripThe(String label) {
        String l = label.strip();
        return l.regionMatches(true, 0, "the ", 0, 4) ? l.substring(4) : l;
    }

    /**
     * Adds a label to the name trie. Labels that are only a back-reference ("the Office", "the
     * Executive Director") are left out: they name whatever was named before, which the linker
     * decides in context.
     */
    private void addName(Entity e, String label, Lexicon lexicon, Dates dates) {
        String l = label.strip();
        if (l.regionMatches(true, 0, "the ", 0, 4) && !l.startsWith("The Hague")) {
            String rest = l.substring(4);
            List<Token> rt = Tokenizer.tokens(rest);
            Trie.Hit<String> h = lexicon.backReferenceHeadAt(rt, 0);
            if (h != null && h.end() == rt.size()) return;
            l = rest;
        }
        if (lexicon.isGenericLabel(l)) return;
        List<Token> tokens = Tokenizer.tokens(l);
        if (tokens.isEmpty()) return;
        List<String> keys = new ArrayList<>(tokens.size());
        List<String> raw = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            keys.add(t.key());
            raw.add(t.raw());
        }
        boolean exact = tokens.size() == 1;
        names.add(keys, dates == null ? new Name(e, l, exact, List.copyOf(raw))
                : new Name(e, l, exact, List.copyOf(raw), dates.from(), dates.to(), dates.onlyInYears(), dates.path()));
    }

    private void loadSession(Graph g, Node s) {
        Node of = object(g, s, RG + "sessionOf");
        String n = literal(g, s, RG + "sessionNumber");
        String year = literal(g, s, RG + "year");
        if (of == null || n == null || year == null) return;
        String body = of.getURI().substring(of.getURI().lastIndexOf('/') + 1);
        sessionYears.put(body + "/" + n, Integer.valueOf(year.substring(0, 4)));
    }

    // --- queries --------------------------------------------------------------------------

    public Entity get(EntityKind kind, String id) {
        return byKey.get(key(kind, id));
    }

    /** A body or official by id, whichever it is. */
    public Entity body(String id) {
        Entity e = get(EntityKind.BODY, id);
        if (e == null) e = get(EntityKind.OFFICIAL, id);
        if (e == null) e = get(EntityKind.GROUP, id);
        return e;
    }

    public Collection<Entity> all() {
        return byKey.values();
    }

    /** Every name found in the tokens, with case checked for names that must match as printed. */
    public List<Trie.Hit<Name>> names(List<Token> tokens) {
        return names(tokens, null);
    }

    /**
     * Every name found in the tokens, for a text of the given year (null if unknown): where the
     * same words are dated names of several States, the State whose name it was that year.
     */
    public List<Trie.Hit<Name>> names(List<Token> tokens, Integer year) {
        List<Trie.Hit<Name>> hits = names.matchAll(tokens);
        hits.removeIf(h -> !caseFits(h, tokens));
        return byYear(hits, year);
    }

    /** Names that start at one token. */
    public List<Trie.Hit<Name>> namesAt(List<Token> tokens, int at) {
        return namesAt(tokens, at, null);
    }

    /** Names that start at one token, for a text of the given year (null if unknown). */
    public List<Trie.Hit<Name>> namesAt(List<Token> tokens, int at, Integer year) {
        List<Trie.Hit<Name>> hits = new ArrayList<>();
        names.matchAt(tokens, at, hits);
        hits.removeIf(h -> !caseFits(h, tokens));
        return byYear(hits, year);
    }

    /**
     * Chooses among dated names by the year of the text. A name that names its State only in its
     * years is dropped outside them (shorter names then match: "Serbia and Montenegro" in a 2010
     * text are two States). Where the same words name several States and one of them by a dated
     * name, only the best State is kept: one whose name it was that year, the most recent such
     * name first; else the one whose years lie nearest. With no year, the most recent name wins.
     */
    static List<Trie.Hit<Name>> byYear(List<Trie.Hit<Name>> hits, Integer year) {
        if (year != null) hits.removeIf(h -> h.value().onlyInYears() && !h.value().inYears(year));
        boolean anyDated = false;
        for (Trie.Hit<Name> h : hits) if (h.value().dated()) anyDated = true;
        if (!anyDated) return hits;
        Map<String, Trie.Hit<Name>> best = new HashMap<>();
        for (Trie.Hit<Name> h : hits) {
            if (h.value().entity().kind() != EntityKind.STATE) continue;
            best.merge(h.start() + ":" + h.end(), h, (a, b) -> better(b, a, year) ? b : a);
        }
        List<Trie.Hit<Name>> out = new ArrayList<>(hits.size());
        for (Trie.Hit<Name> h : hits) {
            if (h.value().entity().kind() == EntityKind.STATE && best.get(h.start() + ":" + h.end()).value().entity() != h.value().entity()) continue;
            out.add(h);
        }
        return out;
    }

    /** Is {@code a} a better reading than {@code b} of the same words in a text of {@code year}? */
    private static boolean better(Trie.Hit<Name> a, Trie.Hit<Name> b, Integer year) {
        Name x = a.value();
        Name y = b.value();
        if (year != null) {
            int dx = x.distance(year);
            int dy = y.distance(year);
            if (dx != dy) return dx < dy;
        }
        int fx = x.from() == null ? Integer.MIN_VALUE : x.from();
        int fy = y.from() == null ? Integer.MIN_VALUE : y.from();
        if (fx != fy) return fx > fy;
        int tx = x.to() == null ? Integer.MAX_VALUE : x.to();
        int ty = y.to() == null ? Integer.MAX_VALUE : y.to();
        return tx > ty;
    }

    private static boolean caseFits(Trie.Hit<Name> h, List<Token> tokens) {
        Name n = h.value();
        if (n.exactCase()) return tokens.get(h.start()).raw().equals(n.raw().get(0));
        // A multi-word proper name must be printed with at least one capital, unless the name itself has none.
        boolean nameHasCapital = false;
        for (String r : n.raw()) if (!r.isEmpty() && Character.isUpperCase(r.charAt(0))) nameHasCapital = true;
        if (!nameHasCapital) return true;
        for (int i = h.start(); i < h.end(); i++) if (tokens.get(i).isCapitalised()) return true;
        return false;
    }

    /** Treaties printed in a Treaty Series volume, optionally narrowed by registration number. */
    public List<Entity> treatiesInVolume(int volume, Integer number) {
        List<Entity> all = byVolume.getOrDefault(volume, List.of());
        if (number == null || all.size() <= 1) return all;
        List<Entity> narrowed = new ArrayList<>();
        for (Entity e : all) if (number.equals(e.untsNumber())) narrowed.add(e);
        return narrowed.isEmpty() ? all : narrowed;
    }

    /** Treaties and instruments adopted by a resolution (relative IRI), in a given annex ("II", "" for a lone annex, null for any). */
    public List<Entity> adoptedBy(String resolutionPath, String annex) {
        List<Entity> all = byAdoptingResolution.getOrDefault(resolutionPath, List.of());
        if (annex == null) return all;
        List<Entity> out = new ArrayList<>();
        for (Entity e : all) {
            String a = e.annex() == null ? "" : e.annex();
            if (a.equalsIgnoreCase(annex) || (a.contains(" and ") && (" " + a + " ").contains(" " + annex + " "))) out.add(e);
        }
        return out;
    }

    public List<Entity> bySymbol(String symbol) {
        return bySymbol.getOrDefault(symbol, List.of());
    }

    /** The year a numbered session of a body is held in, where the reference data knows it. */
    public Integer sessionYear(String bodyId, int session) {
        return sessionYears.get(bodyId + "/" + session);
    }

    public String base() {
        return base;
    }

    // --- helpers --------------------------------------------------------------------------

    /** "annex II" -> "II", "annex" -> "", "annexes I and II" -> "I and II". */
    static String annexLabel(String annex) {
        if (annex == null) return null;
        String a = annex.strip();
        if (a.isEmpty()) return null;
        a = a.replaceFirst("(?i)^annex(es)?\\s*", "");
        return a;
    }

    private static String key(EntityKind kind, String id) {
        return kind.name() + ":" + id;
    }

    private String relative(String iri) {
        return iri.startsWith(base) ? iri.substring(base.length()) : iri;
    }

    private String parentId(Graph g, Node s) {
        Node p = object(g, s, Vocab.ORG + "subOrganizationOf");
        if (p == null) p = object(g, s, Vocab.ORG + "postIn");
        if (p == null) p = object(g, s, RG + "supplements");
        return p == null ? null : p.getURI().substring(p.getURI().lastIndexOf('/') + 1);
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }
}
