package org.resograph.parse;

import java.util.List;

import org.resograph.read.MappedText;
import org.resograph.read.Markers;

/**
 * A paragraph of the body of a resolution.
 *
 * @param kind      preambular, operative, sub-paragraph, annexed, heading
 * @param position  reading order within its list (preamble, operative part, annex, or parent), from 1
 * @param number    printed number of an operative or annexed paragraph, or null
 * @param label     printed label of a sub-paragraph ("a", "ii", "•"), or null
 * @param text      the text, number or label removed, footnote markers lifted out
 * @param markers   footnote markers and where they stood in {@code text}
 * @param children  sub-paragraphs, in order
 * @param section   the annex or adopted text the paragraph belongs to, or null
 */
public record Paragraph(
        ParagraphKind kind,
        int position,
        Integer number,
        String label,
        MappedText text,
        List<Markers.Ref> markers,
        List<Paragraph> children,
        String section) {

    /** The paragraph's text followed by its sub-paragraphs' texts, as one string. */
    public String fullText() {
        if (children.isEmpty()) return text.text();
        StringBuilder b = new StringBuilder(text.text());
        for (Paragraph c : children) b.append(' ').append(c.label().equals("•") ? "•" : "(" + c.label() + ")").append(' ').append(c.fullText());
        return b.toString();
    }
}
