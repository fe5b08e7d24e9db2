package org.resograph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.resograph.lexicon.Entity;
import org.resograph.lexicon.EntityKind;
import org.resograph.lexicon.Gazetteer;
import org.resograph.lexicon.Lexicon;

/**
 * What the finders of one document share: the reference data, the document's own facts (acting
 * body, issuing body, session, date) and the bodies named so far, for back-references.
 */
final class LinkContext {
    final Lexicon lexicon;
    final Gazetteer gazetteer;
    final DocumentFacts facts;
    /** Bodies and officials in the order they were named, most recent last. */
    private final List<Entity> named = new ArrayList<>();
    private final java.util.Set<String> citedResolutions = new java.util.LinkedHashSet<>();

    LinkContext(Lexicon lexicon, Gazetteer gazetteer, DocumentFacts facts) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.facts = facts;
    }

    void named(Entity e) {
        if (e.kind().isBodyLike()) {
            named.remove(e);
            named.add(e);
        }
    }

    /**
     * The body a back-reference ("the Office", "the Commission") names: the most recent body
     * whose name holds the head; else the acting or issuing body when its name does.
     */
    Entity backReference(String head) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Entity e = named.get(i);
            if (e.heads().contains(head)) return e;
        }
        for (String id : new String[] {facts.actingBody(), facts.body(), facts.organ()}) {
            if (id == null) continue;
            Entity e = gazetteer.body(id);
            if (e != null && e.heads().contains(head)) return e;
        }
        return null;
    }

    /** Forgets the bodies named so far, to read the document again from the start. */
    void resetNamed() {
        named.clear();
    }

    void citedResolution(String path) {
        citedResolutions.add(path);
    }

    /** Relative IRIs of every resolution the document cites. */
    java.util.Set<String> citedResolutionPaths() {
        return citedResolutions;
    }

    /** The date of the document: issued, or adopted, or the start of its session. */
    LocalDate documentDate() {
        if (facts.issued() != null) return facts.issued();
        if (facts.adopted() != null) return facts.adopted();
        return facts.sessionStart();
    }

    /** The year of the document, by which dated State names are read; null if unknown. */
    Integer documentYear() {
        return facts.year();
    }

    Entity entity(EntityKind kind, String id) {
        return gazetteer.get(kind, id);
    }
}
