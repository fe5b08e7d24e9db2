package org.resograph.serve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The forms a resource is served in, chosen by file suffix ({@code /id/x.ttl}), by a
 * {@code format} parameter, or by the HTTP Accept header.
 */
enum Representation {
    HTML("html", "text/html", null),
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PRETTY);

    final String suffix;
    final String mediaType;
    final RDFFormat rdfFormat;

    Representation(String suffix, String mediaType, RDFFormat rdfFormat) {
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.rdfFormat = rdfFormat;
    }

    boolean isRdf() {
        return rdfFormat != null;
    }

    Lang lang() {
        return rdfFormat.getLang();
    }

    static Optional<Representation> bySuffix(String suffix) {
        for (Representation r : values()) if (r.suffix.equals(suffix.toLowerCase(Locale.ROOT))) return Optional.of(r);
        return Optional.empty();
    }

    /** Aliases that RDF clients send besides the registered media types. */
    private static final List<String[]> ALIASES = List.of(
            new String[] {"application/x-turtle", "ttl"}, new String[] {"application/json", "jsonld"},
            new String[] {"text/plain", "nt"}, new String[] {"application/xhtml+xml", "html"},
            new String[] {"application/xml", "rdf"}, new String[] {"text/xml", "rdf"});

    /**
     * The best match for an Accept header, by quality then by the order the client listed. No
     * header, or only wildcards, gives Turtle: a client that states no preference is a program,
     * and every browser names text/html. Empty when the client accepts none of our forms.
     */
    static Optional<Representation> negotiate(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(TURTLE);
        Representation best = null;
        double bestQ = 0;
        boolean wildcard = false;
        for (String part : accept.split(",")) {
            String[] fields = part.trim().split(";");
            String type = fields[0].trim().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int i = 1; i < fields.length; i++) {
                String f = fields[i].trim();
                if (f.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(f.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q <= 0) continue;
            if (type.equals("*/*") || type.equals("text/*") || type.equals("application/*")) {
                wildcard = true;
                continue;
            }
            Representation r = byMediaType(type);
            if (r != null && q > bestQ) {
                best = r;
                bestQ = q;
            }
        }
        if (best != null) return Optional.of(best);
        return wildcard ? Optional.of(TURTLE) : Optional.empty();
    }

    private static Representation byMediaType(String type) {
        for (Representation r : values()) if (r.mediaType.equals(type)) return r;
        for (String[] a : ALIASES) if (a[0].equals(type)) return bySuffix(a[1]).orElseThrow();
        return null;
    }
}
