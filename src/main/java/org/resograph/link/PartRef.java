package org.resograph.link;

/**
 * A part of a converted document, as a path below the document: {@code preamble/3},
 * {@code operative/6}, {@code operative/6/b/ii}, {@code annex/2}, {@code footnote/4}.
 *
 * @param path      the path
 * @param paragraph the number of the operative paragraph it belongs to, or null
 */
public record PartRef(String path, Integer paragraph) {
    public boolean isFootnote() {
        return path.startsWith("footnote/");
    }
}
