package org.resograph.similar;

import java.util.Comparator;
import java.util.Objects;

/**
 * A paragraph to compare: its identifier (an IRI, for us), the document it belongs to, the
 * document's date as an ISO string ({@code 2018-04-13}) or null when unknown, and its text.
 */
public record Passage(String id, String document, String date, String text) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Reading order across documents: by date (unknown dates last), then document, then id. The
     * earlier of two paragraphs that share language is the one that comes first in this order.
     */
    public static final Comparator<Passage> ORDER = Comparator
            .comparing(Passage::date, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(Passage::document)
            .thenComparing(Passage::id);
}
