package org.resograph.lexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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

    /** A name of an entity, and whether it must match as printed (acronyms, one-word names). */
    public record Name(Entity entity, String label, boolean exactCase, List<String> raw) {}

    private final Map<String, Entity> byKey = new LinkedHashMap<>();
    private final Trie<Name> names = new Trie<>();
    private final Map<Integer, List<Entity>> byVolume = new HashMap<>();
    private final Map<String, List<Entity>> byAdoptingResolution = new HashMap<>();
    private final Map<String, List<Entity>> bySymbol = new HashMap<>();
    private final Map<String, Integer> sessionYears = new HashMap<>();
    private final String base;

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
                literal(g, s, RG + "bodyType"));
        byKey.put(key(kind, id), e);
        for (String l : labels) addName(e, l, lexicon);
        if (e.untsVolume() != null) byVolume.computeIfAbsent(e.untsVolume(), k -> new ArrayList<>()).add(e);
        for (String r : e.adoptingResolutions()) byAdoptingResolution.computeIfAbsent(r, k -> new ArrayList<>()).add(e);
        if (e.documentSymbol() != null) {
            for (String sym : e.documentSymbol().split("[;|]")) {
                bySymbol.computeIfAbsent(sym.strip().replaceAll("\\s+", ""), k -> new ArrayList<>()).add(e);
            }
        }
    }

    /**
     * Adds a label to the name trie. Labels that are only a back-reference ("the Office", "the
     * Executive Director") are left out: they name whatever was named before, which the linker
     * decides in context.
     */
    private void addName(Entity e, String label, Lexicon lexicon) {
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
        names.add(keys, new Name(e, l, exact, List.copyOf(raw)));
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
        List<Trie.Hit<Name>> hits = names.matchAll(tokens);
        hits.removeIf(h -> !caseFits(h, tokens));
        return hits;
    }

    /** Names that start at one token. */
    public List<Trie.Hit<Name>> namesAt(List<Token> tokens, int at) {
        List<Trie.Hit<Name>> hits = new ArrayList<>();
        names.matchAt(tokens, at, hits);
        hits.removeIf(h -> !caseFits(h, tokens));
        return hits;
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
