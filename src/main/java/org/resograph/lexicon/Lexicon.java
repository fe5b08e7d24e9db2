package org.resograph.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.resograph.rdf.Vocab;

import static org.resograph.lexicon.Graphs.*;

/**
 * The words of resolution clauses, read from {@code ontology/lexicon/}: preambular heads and
 * their complements, operative verbs, adverbs and modifiers, back-reference heads, symbol
 * series, funding and reporting phrases.
 */
public final class Lexicon {

    /** An operative verb: its lemma ("calls upon"), whether it addresses someone and gives mandates. */
    /**
     * An operative verb of the lexicon.
     *
     * @param addresses whether its object is someone it speaks to (requests, invites)
     * @param addresseeNouns when not empty, it addresses someone only through one of these nouns
     *        and "to": "Reiterates its request to X", "Expresses its appreciation to X"
     * @param addresseeMarkers words that may stand between the verb and its addressee
     *        ("Appeals to X", "Recommends that X")
     * @param markerRequired whether the addressee must follow one of those words
     */
    public record Verb(String lemma, boolean addresses, boolean mandate, String clauseKind,
                       Set<String> addresseeNouns, Set<String> addresseeMarkers, boolean markerRequired) {
        public Verb {
            addresseeNouns = Set.copyOf(addresseeNouns);
            addresseeMarkers = Set.copyOf(addresseeMarkers);
        }

        public Verb(String lemma, boolean addresses, boolean mandate, String clauseKind) {
            this(lemma, addresses, mandate, clauseKind, Set.of(), Set.of(), false);
        }

        public String slug() {
            return lemma.replace(' ', '-');
        }
    }

    /** A preambular head ("Recalling", "Bearing in mind") and the clause kind it opens. */
    public record PreambleHead(String phrase, String clauseKind) {}

    /** A funding condition and the phrase that states it. */
    public record Funding(String concept, String phrase) {}

    private final Trie<Verb> verbs = new Trie<>();
    private final Map<String, Verb> verbsByLemma = new HashMap<>();
    private final Trie<PreambleHead> preambleHeads = new Trie<>();
    private final Set<String> preambleAdverbs = new HashSet<>();
    private final Trie<String> operativeAdverbs = new Trie<>();
    private final Set<String> modifiers = new HashSet<>();
    private final Trie<String> complements = new Trie<>();
    private final Trie<String> backReferenceHeads = new Trie<>();
    private final List<String> backReferenceHeadList = new ArrayList<>();
    private final Set<String> symbolSeries = new HashSet<>();
    private final Trie<Funding> funding = new Trie<>();
    private final Set<String> reportingVerbs = new HashSet<>();
    private final Trie<String> reportNouns = new Trie<>();
    private final List<String> resolutionBodies = new ArrayList<>();
    private final List<String> possessiveBareNames = new ArrayList<>();
    private final Trie<String> publications = new Trie<>();
    private final java.util.Set<String> adoptingTypes = new java.util.HashSet<>();
    private final java.util.Set<String> genericLabels = new java.util.HashSet<>();
    private final Map<String, String> symbolBodies = new HashMap<>();

    private static final String RG = Vocab.RG;
    private static final String SKOS = Vocab.SKOS;

    public Lexicon(List<Graph> graphs) {
        for (Graph g : graphs) load(g);
    }

    public static Lexicon load() {
        List<Graph> graphs = new ArrayList<>();
        for (String f : DataFiles.LEXICON) graphs.add(DataFiles.read(f));
        return new Lexicon(graphs);
    }

    private void load(Graph g) {
        Node inScheme = uri(SKOS + "inScheme");
        for (Triple t : find(g, null, inScheme, null)) {
            Node s = t.getSubject();
            String scheme = t.getObject().getURI();
            String label = literal(g, s, SKOS + "prefLabel");
            if (scheme.equals(RG + "OperativeVerbs")) {
                Verb v = new Verb(label, bool(g, s, RG + "addressesSomeone"), bool(g, s, RG + "mandateVerbFlag"),
                        localName(object(g, s, RG + "impliesClauseKind"), "other"),
                        lower(literals(g, s, RG + "addresseeNoun")), lower(literals(g, s, RG + "addresseeMarker")),
                        bool(g, s, RG + "addresseeMarkerRequired"));
                verbsByLemma.put(label, v);
                verbs.add(Tokenizer.keys(label), v);
                for (String form : literals(g, s, RG + "printedForm")) verbs.add(Tokenizer.keys(form), v);
            } else if (scheme.equals(Vocab.RGV + "PreambleHeads")) {
                PreambleHead h = new PreambleHead(label, localName(object(g, s, RG + "impliesClauseKind"), "other"));
                preambleHeads.add(Tokenizer.keys(label), h);
            } else if (scheme.equals(RG + "FundingConditions")) {
                for (String phrase : literals(g, s, RG + "phrase")) {
                    funding.add(Tokenizer.keys(phrase), new Funding(localName(s, "funding"), phrase));
                }
            }
        }
        words(g, "preamble-adverbs").forEach(w -> preambleAdverbs.add(w.toLowerCase(Locale.ROOT)));
        words(g, "modifiers").forEach(w -> modifiers.add(w.toLowerCase(Locale.ROOT)));
        for (String w : words(g, "operative-adverbs")) operativeAdverbs.add(Tokenizer.keys(w), w.toLowerCase(Locale.ROOT));
        for (String p : phrases(g, "preamble-complements")) complements.add(Tokenizer.keys(p), p);
        for (String p : phrases(g, "back-reference-heads")) {
            backReferenceHeads.add(Tokenizer.keys(p), p);
            backReferenceHeadList.add(p);
        }
        symbolSeries.addAll(words(g, "symbol-series"));
        reportingVerbs.addAll(phrases(g, "reporting-verbs"));
        for (String p : phrases(g, "report-nouns")) reportNouns.add(Tokenizer.keys(p), p);
        resolutionBodies.addAll(phrases(g, "resolution-bodies"));
        possessiveBareNames.addAll(phrases(g, "possessive-bare-names"));
        for (String p : phrases(g, "publication-names")) publications.add(Tokenizer.keys(p), p);
        adoptingTypes.addAll(words(g, "resolution-adopting-types"));
        for (String p : phrases(g, "symbol-bodies")) {
            String[] kv = p.split(" ");
            symbolBodies.put(kv[0], kv[1]);
        }
        for (String p : phrases(g, "generic-labels")) genericLabels.add(String.join(" ", Tokenizer.keys(p)));
    }

    // --- queries --------------------------------------------------------------------------

    /** The longest operative verb printed at token {@code at}, or null. */
    public Trie.Hit<Verb> verbAt(List<Token> tokens, int at) {
        return longest(verbs, tokens, at);
    }

    public Verb verb(String lemma) {
        return verbsByLemma.get(lemma);
    }

    public Trie.Hit<PreambleHead> preambleHeadAt(List<Token> tokens, int at) {
        return longest(preambleHeads, tokens, at);
    }

    public boolean isPreambleAdverb(Token t) {
        return preambleAdverbs.contains(t.key());
    }

    public Trie.Hit<String> operativeAdverbAt(List<Token> tokens, int at) {
        return longest(operativeAdverbs, tokens, at);
    }

    public boolean isModifier(Token t) {
        return modifiers.contains(t.key());
    }

    public Trie.Hit<String> complementAt(List<Token> tokens, int at) {
        return longest(complements, tokens, at);
    }

    public Trie.Hit<String> backReferenceHeadAt(List<Token> tokens, int at) {
        return longest(backReferenceHeads, tokens, at);
    }

    public List<String> backReferenceHeads() {
        return backReferenceHeadList;
    }

    public boolean isSymbolSeries(String first) {
        return symbolSeries.contains(first);
    }

    public List<Trie.Hit<Funding>> fundingIn(List<Token> tokens) {
        return funding.matchAll(tokens);
    }

    public boolean isReportingVerb(String word) {
        return reportingVerbs.contains(word.toLowerCase(Locale.ROOT));
    }

    public Trie.Hit<String> reportNounAt(List<Token> tokens, int at) {
        return longest(reportNouns, tokens, at);
    }

    /** "GA session 90": bodies whose resolutions are collected, how they number them, the highest plausible session. */
    public List<String> resolutionBodies() {
        return resolutionBodies;
    }

    /** Publication names ("United Nations, Treaty Series") in the tokens. */
    public List<Trie.Hit<String>> publicationsIn(List<Token> tokens) {
        return publications.matchAll(tokens);
    }

    /** The body of a document symbol's longest listed prefix ("A/HRC/RES/55/10" -> HRC), or null. */
    public String bodyOfSymbol(String symbol) {
        String best = null;
        for (Map.Entry<String, String> e : symbolBodies.entrySet()) {
            if (symbol.startsWith(e.getKey()) && (best == null || e.getKey().length() > best.length())) best = e.getKey();
        }
        return best == null ? null : symbolBodies.get(best);
    }

    /** The principal organ of a symbol, from its first element ("E/CN.15/..." -> ECOSOC), or null (rule 7). */
    public String organOfSymbol(String symbol) {
        int slash = symbol.indexOf('/');
        return slash < 0 ? null : symbolBodies.get(symbol.substring(0, slash + 1));
    }

    /** Is a label only a kind of instrument ("Political Declaration"), too generic to name one? */
    public boolean isGenericLabel(String label) {
        return genericLabels.contains(String.join(" ", Tokenizer.keys(label)));
    }

    /** Does a body of this type adopt resolutions of its own? */
    public boolean adoptsResolutions(String bodyType) {
        return bodyType != null && adoptingTypes.contains(bodyType);
    }

    public List<String> possessiveBareNames() {
        return possessiveBareNames;
    }

    static <T> Trie.Hit<T> longest(Trie<T> trie, List<Token> tokens, int at) {
        if (at >= tokens.size()) return null;
        List<Trie.Hit<T>> hits = new ArrayList<>(2);
        trie.matchAt(tokens, at, hits);
        return hits.isEmpty() ? null : hits.get(hits.size() - 1);
    }

    private static Set<String> lower(Collection<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) out.add(w.toLowerCase(Locale.ROOT));
        return out;
    }

    private static boolean bool(Graph g, Node s, String p) {
        return "true".equals(literal(g, s, p));
    }

    private static String localName(Node n, String fallback) {
        if (n == null || !n.isURI()) return fallback;
        String u = n.getURI();
        return u.substring(u.lastIndexOf('/') + 1);
    }

    private static List<String> words(Graph g, String list) {
        return literals(g, uri(Vocab.RGV + "lexicon/" + list), RG + "word");
    }

    private static List<String> phrases(Graph g, String list) {
        return literals(g, uri(Vocab.RGV + "lexicon/" + list), RG + "phrase");
    }
}
