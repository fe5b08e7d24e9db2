package org.resograph.serve.html;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * Where a part of a document is on the document's page. A part's IRI is the document's IRI
 * plus a path ({@code .../operative/6/b}); its anchor is that path with hyphens
 * ({@code operative-6-b}), so anchors are stable and can be guessed from the IRI.
 */
final class Anchors {
    private Anchors() {}

    /** Links that tie a node to the document it was read from, besides eli:is_part_of. */
    private static final List<Node> OWNED_BY = List.of(Terms.CITATION, Terms.MANDATE, Terms.REPORTING_OBLIGATION,
            Terms.SPONSORSHIP, Terms.RECOMMENDATION_STEP, Terms.FOUND_AT);

    static String of(Node doc, Node part) {
        String d = doc.getURI() + "/";
        String p = part.getURI();
        String rel = p.startsWith(d) ? p.substring(d.length()) : Labels.tail(p);
        StringBuilder b = new StringBuilder(rel.length());
        for (int i = 0; i < rel.length(); i++) {
            char c = rel.charAt(i);
            if (c == '/') b.append('-');
            else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') b.append(c);
            else b.append('_');
        }
        return b.toString();
    }

    /** The document page address of a part: {@code /id/document/...#operative-6}. */
    static String href(Site site, Node doc, Node part) {
        String page = site.href(doc);
        if (page == null) return null;
        return part == null || part.equals(doc) ? page : page + "#" + of(doc, part);
    }

    /**
     * The converted document a node belongs to (a paragraph, a footnote, a citation, a mandate,
     * a selector), found by climbing eli:is_part_of and the document's own links; null if none.
     */
    static Node documentOf(Data data, Node n) {
        Node at = n;
        for (int depth = 0; depth < 8 && at != null; depth++) {
            if (data.isA(at, Terms.DOCUMENT)) return at;
            Node up = data.object(at, Terms.IS_PART_OF);
            if (up == null) {
                for (Node p : OWNED_BY) {
                    List<Node> owners = data.subjects(p, at, 1);
                    if (!owners.isEmpty()) {
                        up = owners.get(0);
                        break;
                    }
                }
            }
            at = up;
        }
        return null;
    }
}
