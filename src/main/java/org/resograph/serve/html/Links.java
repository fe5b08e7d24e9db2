package org.resograph.serve.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.resograph.rdf.Vocab;

/**
 * Where a link to an IRI goes on this server. Data IRIs ({@code BASE + "id/..."}) are served at
 * {@code /id/...}, ontology terms on the ontology page, other IRIs that the dataset describes
 * (SDG targets, vocabulary concepts) at {@code /resource?iri=}; anything else keeps its own
 * address, so a reader can follow it out.
 */
public final class Links {
    /** The serialisations offered beside every resource page: label and file extension / format name. */
    static final List<String[]> FORMATS = List.of(
            new String[] {"Turtle", "ttl"}, new String[] {"JSON-LD", "jsonld"},
            new String[] {"N-Triples", "nt"}, new String[] {"RDF/XML", "rdf"});

    private final List<String> bases;
    private final Predicate<String> described;

    /**
     * @param bases the data bases in use, each ending with / or #
     * @param described whether the dataset has something to say about an IRI
     */
    public Links(List<String> bases, Predicate<String> described) {
        this.bases = List.copyOf(bases);
        this.described = described;
    }

    /** The {@code /id/...} path of a data IRI, or null when it is under none of the bases. */
    public String dataPath(String iri) {
        for (String base : bases) {
            if (iri.startsWith(base + "id/")) return "/" + iri.substring(base.length());
        }
        return null;
    }

    /** The href for a link to {@code iri}; null when it should not be a link at all. */
    public String href(String iri) {
        String path = dataPath(iri);
        if (path != null) return path;
        if (iri.startsWith(Vocab.RG)) return "/ontology#" + iri.substring(Vocab.RG.length());
        if (iri.equals(Terms.ONTOLOGY)) return "/ontology";
        if (described.test(iri)) return resourcePath(iri);
        return external(iri) ? iri : null;
    }

    /** The page of the resource on this server, whatever it is ({@code /id/...} or {@code /resource?iri=}). */
    public String page(String iri) {
        String path = dataPath(iri);
        return path != null ? path : resourcePath(iri);
    }

    /** The address of the resource's RDF in one format ({@code ttl}, {@code jsonld}, {@code nt}, {@code rdf}). */
    public String rdf(String iri, String format) {
        // The ontology document is served whole at /ontology.<format>.
        if (iri.equals(Vocab.RG.substring(0, Vocab.RG.length() - 1))) return "/ontology." + format;
        String path = dataPath(iri);
        return path != null ? path + "." + format : resourcePath(iri) + "&format=" + format;
    }

    static String resourcePath(String iri) {
        return "/resource?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    /**
     * Only web addresses become outbound links: an IRI from the data with another scheme
     * (javascript:, data:) must never reach an href.
     */
    static boolean external(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
