package org.resograph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.resograph.similar.SharedLanguageFinder;

/**
 * The graph {@code BASE graph/shared-language}: one {@code rg:SharedLanguage} node per pair of
 * paragraphs of different documents that share language, and the direct, symmetric
 * {@code rg:sharesLanguageWith} links between the two paragraphs (written both ways, so that a
 * query needs no reasoner).
 *
 * <pre>
 * &lt;BASE id/shared-language/HASH&gt; a rg:SharedLanguage ;
 *     rg:source &lt;earlier paragraph&gt; ; rg:target &lt;later paragraph&gt; ;
 *     rg:similarity 0.93 ; rg:sharedText "..."@en ; rg:sharedWordCount 41 ;
 *     rg:method &lt;BASE id/method/shared-language&gt; ; rdfs:label "Shared language (similarity 0.93)"@en .
 * </pre>
 *
 * HASH is the first 32 hex digits of the SHA-256 of the two paragraph IRIs, the smaller first,
 * so a pair keeps its IRI when it is computed again, whatever the order of its paragraphs.
 */
public final class SharedLanguageGraph {
    private SharedLanguageGraph() {}

    public static String graphName(String base) {
        return base + "graph/shared-language";
    }

    public static String methodIri(String base) {
        return base + "id/method/shared-language";
    }

    /** The IRI of the node of a pair of paragraphs, the same whichever paragraph comes first. */
    public static String pairIri(String base, String paragraphA, String paragraphB) {
        String first = paragraphA.compareTo(paragraphB) <= 0 ? paragraphA : paragraphB;
        String second = first == paragraphA ? paragraphB : paragraphA;
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((first + "\n" + second).getBytes(StandardCharsets.UTF_8));
            return base + "id/shared-language/" + HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A score as an xsd:decimal lexical form with at most 3 decimals ("0.857", "1.0"). */
    public static String decimal(double score) {
        BigDecimal d = BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 1) d = d.setScale(1);
        return d.toPlainString();
    }

    /** Sends the quads of the whole graph: the method node, then each pair in order. */
    public static void write(String base, List<SharedLanguageFinder.Match> matches, SharedLanguageFinder.Options options,
                             Consumer<Quad> out) {
        writeMethod(base, options, out);
        for (SharedLanguageFinder.Match m : matches) writePair(base, m, out);
    }

    /** The quads of the method node, which every pair names. */
    public static void writeMethod(String base, SharedLanguageFinder.Options options, Consumer<Quad> out) {
        Node g = uri(graphName(base));
        Node method = uri(methodIri(base));
        out.accept(Quad.create(g, method, TYPE, uri(Vocab.RG + "SharedLanguageMethod")));
        out.accept(Quad.create(g, method, LABEL, NodeFactory.createLiteralLang("MinHash shared-language detection", "en")));
        out.accept(Quad.create(g, method, uri(Vocab.RDFS + "comment"), NodeFactory.createLiteralLang(options.describe(), "en")));
    }

    /** The quads of one pair. */
    public static void writePair(String base, SharedLanguageFinder.Match m, Consumer<Quad> out) {
        Node g = uri(graphName(base));
        Node a = uri(m.earlier().id());
        Node b = uri(m.later().id());
        Node n = uri(pairIri(base, m.earlier().id(), m.later().id()));
        String score = decimal(m.containment());
        out.accept(Quad.create(g, n, TYPE, CLASS));
        out.accept(Quad.create(g, n, SOURCE, a));
        out.accept(Quad.create(g, n, TARGET, b));
        out.accept(Quad.create(g, n, SIMILARITY, NodeFactory.createLiteralDT(score, XSDDatatype.XSDdecimal)));
        if (!m.sharedText().isEmpty()) {
            out.accept(Quad.create(g, n, SHARED_TEXT, NodeFactory.createLiteralLang(m.sharedText(), "en")));
            out.accept(Quad.create(g, n, SHARED_WORDS, NodeFactory.createLiteralDT(String.valueOf(m.sharedWords()), XSDDatatype.XSDinteger)));
        }
        out.accept(Quad.create(g, n, METHOD, uri(methodIri(base))));
        out.accept(Quad.create(g, n, LABEL, NodeFactory.createLiteralLang("Shared language (similarity " + score + ")", "en")));
        out.accept(Quad.create(g, a, SHARES, b));
        out.accept(Quad.create(g, b, SHARES, a));
    }

    private static final Node TYPE = uri(Vocab.RDF + "type");
    private static final Node LABEL = uri(Vocab.RDFS + "label");
    private static final Node CLASS = uri(Vocab.RG + "SharedLanguage");
    private static final Node SOURCE = uri(Vocab.RG + "source");
    private static final Node TARGET = uri(Vocab.RG + "target");
    private static final Node SIMILARITY = uri(Vocab.RG + "similarity");
    private static final Node SHARED_TEXT = uri(Vocab.RG + "sharedText");
    private static final Node SHARED_WORDS = uri(Vocab.RG + "sharedWordCount");
    private static final Node METHOD = uri(Vocab.RG + "method");
    private static final Node SHARES = uri(Vocab.RG + "sharesLanguageWith");

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }
}
