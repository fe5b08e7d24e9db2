package org.resograph.serve.html;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * One paragraph, sub-paragraph or footnote of a converted document, as read from the graph.
 *
 * @param marker what is printed before it: "6.", "(b)", a footnote's "1"; empty for none
 * @param annex for an annexed paragraph, the heading of its annex
 */
record Part(Node node, Kind kind, int position, String marker, String text, String openingPhrase, String annex,
        List<Part> children, List<Node> footnotes) {

    enum Kind { PREAMBLE, OPERATIVE, ANNEX, SUB, FOOTNOTE }
}
