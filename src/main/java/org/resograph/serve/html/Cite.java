package org.resograph.serve.html;

import org.apache.jena.graph.Node;

/**
 * One qualified citation: who cites (document, and the paragraph or footnote the words are in),
 * what, in which kind of clause, and the words as printed.
 *
 * @param clause for a citation printed in a footnote, the paragraph whose clause it supports; else the part itself
 */
record Cite(Node node, Node document, Node part, Node clause, Node target, Node kind, String citedAs, String resolvedFrom) {}
