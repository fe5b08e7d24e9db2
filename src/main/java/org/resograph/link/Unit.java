package org.resograph.link;

import java.util.List;

import org.resograph.lexicon.Token;
import org.resograph.lexicon.Tokenizer;
import org.resograph.parse.Paragraph;
import org.resograph.parse.ParagraphKind;
import org.resograph.read.MappedText;
import org.resograph.read.Markers;

/**
 * One piece of text the linker reads: a paragraph, sub-paragraph or footnote, with where it
 * stands and its tokens.
 *
 * @param part      its path in the document
 * @param kind      the kind of the top-level paragraph it belongs to (FOOTNOTE units have null)
 * @param paragraph the top-level paragraph (null for footnotes)
 * @param text      its text
 * @param markers   footnote markers in it
 * @param tokens    its words
 * @param footnote  for a footnote, its label; else null
 */
record Unit(PartRef part, ParagraphKind kind, Paragraph paragraph, MappedText text, List<Markers.Ref> markers,
            List<Token> tokens, String footnote) {

    static Unit of(PartRef part, ParagraphKind kind, Paragraph top, MappedText text, List<Markers.Ref> markers, String footnote) {
        return new Unit(part, kind, top, text, markers, Tokenizer.tokens(text), footnote);
    }

    String plain() {
        return text.text();
    }

    boolean isFootnote() {
        return footnote != null;
    }

    /** Source offset of a character of the text. */
    int source(int i) {
        return text.sourceOffset(i);
    }
}
