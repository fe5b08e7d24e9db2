package org.resograph.rdf;

import java.util.Locale;

import org.resograph.link.DocumentFacts;
import org.resograph.read.SourceText;

/**
 * The IRIs of one converted document: the document itself, its named graph and the nodes below
 * it. A document with a symbol is named by the symbol; an unsymbolled draft by its body,
 * session, date and title words, so that the same text always gets the same IRI.
 */
public final class DocumentIris {
    private final String base;
    private final String path;

    public DocumentIris(String base, DocumentFacts facts, SourceText source) {
        this.base = base;
        this.path = path(facts, source);
    }

    static String path(DocumentFacts f, SourceText source) {
        if (f.symbol() != null) return IdPaths.document(f.symbol().replaceAll("\\s+", ""));
        StringBuilder b = new StringBuilder("id/document/unsymbolled/");
        if (f.body() != null && f.session() != null) {
            b.append(f.body().toLowerCase(Locale.ROOT)).append('/').append(f.session()).append('/');
            if (f.issued() != null) b.append(f.issued()).append('/');
            String slug = slug(f.title());
            if (!slug.isEmpty()) return b.append(slug).toString();
        }
        return b.append(source.sha256(), 0, 16).toString();
    }

    /** The first words of a title, lower case, joined by hyphens. */
    static String slug(String title) {
        if (title == null) return "";
        StringBuilder b = new StringBuilder();
        int words = 0;
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) continue;
            if (b.length() > 0) b.append('-');
            b.append(IdPaths.segment(w));
            if (++words == 8) break;
        }
        return b.toString();
    }

    public String document() {
        return base + path;
    }

    /** The named graph holding what was read from this document. */
    public String graph() {
        return base + "graph/" + path.substring("id/".length());
    }

    /** A node below the document: {@code part("operative/6/b")}. */
    public String below(String relative) {
        return document() + "/" + relative;
    }
}
