package org.resograph.query;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.resograph.rdf.IdPaths;
import org.resograph.rdf.Vocab;

/**
 * What kind of thing a parameter names, and so how a bare word given for it becomes an RDF term:
 * {@code body=UNODC} is {@code BASE id/body/UNODC}, {@code document=A/RES/74/174} is
 * {@code BASE id/document/A/RES/74/174}, {@code target=16.2} is the UN's SDG IRI. A parameter
 * named like a kind has that kind; another declares it in parentheses
 * ({@code # param: cited (id) = ...}).
 */
public enum ParamKind {
    /** A body, official or group of the reference data, by id: {@code UNODC}, {@code SG}, {@code MEMBER-STATES}. */
    BODY("body", "a body id such as UNODC or SG"),
    /** A State by ISO 3166-1 alpha-3 code: {@code FRA}. */
    STATE("state", "an ISO alpha-3 code such as FRA"),
    /** A document by symbol: {@code A/RES/74/174}, {@code E/CN.15/2019/L.3/Rev.1}. */
    DOCUMENT("document", "a document symbol such as A/RES/74/174"),
    /** A resolution as body/number: {@code ga/74/174}, {@code ecosoc/2006/27}, {@code sc/2334}. */
    RESOLUTION("resolution", "body/number such as ga/74/174 or sc/2334"),
    /** A treaty, article or article paragraph: {@code UNTOC}, {@code UNTOC/article/27}. */
    TREATY("treaty", "a treaty id such as UNTOC, or UNTOC/article/27"),
    /** An instrument of the reference data: {@code AGENDA-2030}. */
    INSTRUMENT("instrument", "an instrument id such as AGENDA-2030"),
    /** A session as body/number: {@code ccpcj/29}, {@code ga/75}. */
    SESSION("session", "body/number such as ccpcj/29"),
    /** An SDG target or goal: {@code 16.2}, {@code 16}. */
    SDG("sdg", "an SDG target or goal such as 16.2 or 16"),
    /** Anything below BASE id/, by path: {@code resolution/ga/74/174}, {@code treaty/UNTOC}. */
    ID("id", "a path below id/ such as resolution/ga/74/174, document/A/RES/74/174 or treaty/UNTOC"),
    /** A year, as the xsd:gYear the ontology uses for years: {@code 2020}. */
    YEAR("year", "a year such as 2020"),
    /** A year or a session: {@code 2020} or {@code ccpcj/29}. */
    DUE("due", "a year such as 2020, or a session such as ccpcj/29"),
    /** A funding condition of the lexicon: {@code extrabudgetary}, {@code existing-resources}. */
    FUNDING("funding", "existing-resources, extrabudgetary, voluntary-contributions or regular-budget"),
    /** An operative verb of the lexicon: {@code requests}, {@code calls-upon}. */
    VERB("verb", "a verb such as requests or calls-upon"),
    /** A clause kind of the lexicon: {@code recalling}, {@code taking-note}. */
    CLAUSE_KIND("clause-kind", "a clause kind such as recalling or taking-note"),
    /** A whole number. */
    INTEGER("integer", "a whole number"),
    /** A plain string. */
    STRING("string", "any text"),
    /** No kind: the value must be written as an RDF term. */
    TERM("term", "an RDF term: <IRI>, prefix:name, a number or \"text\"");

    private static final Pattern YEAR_WORD = Pattern.compile("\\d{4}");
    private static final Pattern BODY_NUMBER = Pattern.compile("([A-Za-z][A-Za-z0-9-]*)(?:\\s*/\\s*|\\s+)(.+)");
    private static final Pattern SDG_CODE = Pattern.compile("\\d{1,2}(?:\\.[0-9a-z]{1,2})?");
    private static final Pattern ID_WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");

    private final String keyword;
    private final String hint;

    ParamKind(String keyword, String hint) {
        this.keyword = keyword;
        this.hint = hint;
    }

    public String keyword() {
        return keyword;
    }

    /** What a value of this kind looks like, for messages. */
    public String hint() {
        return hint;
    }

    /** The kind named by a keyword, or null. */
    public static ParamKind byKeyword(String keyword) {
        for (ParamKind k : values()) if (k.keyword.equalsIgnoreCase(keyword)) return k;
        return null;
    }

    /** The kind of a parameter that declares none: the kind its name names, else {@link #TERM}. */
    public static ParamKind forName(String name) {
        ParamKind k = byKeyword(name);
        return k == null ? TERM : k;
    }

    /** Whether a bare word of this kind can be taken as it is (no RDF term syntax needed). */
    public boolean takesBareWords() {
        return this != TERM;
    }

    /**
     * The term a bare word stands for, with {@code base} the data base IRI (ending in / or #).
     *
     * @throws QueryUsageException when the word is not a value of this kind
     */
    public Node bare(String word, String base) {
        String w = word.strip();
        switch (this) {
            case BODY:
                requireId(w);
                return iri(base + IdPaths.body(w.toUpperCase(Locale.ROOT)));
            case STATE:
                requireId(w);
                return iri(base + IdPaths.state(w.toUpperCase(Locale.ROOT)));
            case DOCUMENT:
                return iri(base + IdPaths.document(w.replaceAll("\\s+", "")));
            case RESOLUTION: {
                Matcher m = BODY_NUMBER.matcher(w);
                if (!m.matches()) throw bad(w);
                return iri(base + IdPaths.resolution(m.group(1), m.group(2)));
            }
            case TREATY:
                return iri(base + IdPaths.treatyPath(w));
            case INSTRUMENT:
                requireId(w);
                return iri(base + IdPaths.instrument(w));
            case SESSION: {
                Matcher m = BODY_NUMBER.matcher(w);
                if (!m.matches() || !m.group(2).strip().matches("\\d{1,4}")) throw bad(w);
                return iri(base + IdPaths.session(m.group(1), Integer.parseInt(m.group(2).strip())));
            }
            case SDG:
                if (!SDG_CODE.matcher(w).matches()) throw bad(w);
                return iri(Vocab.SDG + w);
            case ID:
                return byPath(w, base);
            case YEAR:
                if (!YEAR_WORD.matcher(w).matches()) throw bad(w);
                return NodeFactory.createLiteralDT(w, XSDDatatype.XSDgYear);
            case DUE:
                return YEAR_WORD.matcher(w).matches() ? YEAR.bare(w, base) : SESSION.bare(w, base);
            case FUNDING:
                requireId(w);
                return iri(Vocab.RGV + "funding/" + w.toLowerCase(Locale.ROOT));
            case VERB:
                if (w.isEmpty()) throw bad(w);
                return iri(Vocab.RGV + "operative-verb/" + IdPaths.segment(w.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-")));
            case CLAUSE_KIND:
                requireId(w);
                return iri(Vocab.RGV + "clause-kind/" + w.toLowerCase(Locale.ROOT));
            case INTEGER:
                if (!w.matches("[+-]?\\d+")) throw bad(w);
                return NodeFactory.createLiteralDT(w, XSDDatatype.XSDinteger);
            case STRING:
                return NodeFactory.createLiteralString(word);
            default:
                throw bad(w);
        }
    }

    /** {@code resolution/ga/74/174}, {@code document/A/RES/74/174}, {@code sdg/16.2}: the first step names the kind. */
    private Node byPath(String w, String base) {
        int slash = w.indexOf('/');
        if (slash > 0) {
            String head = w.substring(0, slash);
            String rest = w.substring(slash + 1);
            ParamKind k = switch (head.toLowerCase(Locale.ROOT)) {
                case "body" -> BODY;
                case "state" -> STATE;
                case "document" -> DOCUMENT;
                case "resolution" -> RESOLUTION;
                case "treaty" -> TREATY;
                case "instrument" -> INSTRUMENT;
                case "session" -> SESSION;
                case "sdg" -> SDG;
                default -> null;
            };
            if (k != null && !rest.isBlank()) return k.bare(rest, base);
        }
        throw bad(w);
    }

    private void requireId(String w) {
        if (!ID_WORD.matcher(w).matches()) throw bad(w);
    }

    private QueryUsageException bad(String w) {
        return new QueryUsageException("'" + w + "' is not " + hint);
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }
}
