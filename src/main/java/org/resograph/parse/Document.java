package org.resograph.parse;

import java.util.List;

import org.resograph.read.SourceText;

/**
 * What the parse stage hands on: a resolution or draft with its header, the acting body and the
 * chain of recommendations before it, the preamble, the operative part, annexed texts and
 * footnotes. Names are still as printed; the link stage resolves them.
 *
 * @param source           the source file
 * @param header           the cover
 * @param actingLine       the enacting line ("The General Assembly,")
 * @param recommendations  sentences by which one body recommends the text to the next, in order
 * @param preamble         preambular paragraphs
 * @param operative        operative paragraphs (numbered, or one unnumbered)
 * @param annex            paragraphs of annexed or adopted texts
 * @param footnotes        footnotes in print order
 * @param warnings         what could not be read, for the user
 */
public record Document(
        SourceText source,
        Header header,
        String actingLine,
        List<String> recommendations,
        List<Paragraph> preamble,
        List<Paragraph> operative,
        List<Paragraph> annex,
        List<Footnote> footnotes,
        List<String> warnings) {}
