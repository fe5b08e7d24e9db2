package org.resograph.parse;

/** Where a paragraph stands in a resolution. */
public enum ParagraphKind {
    PREAMBULAR, OPERATIVE, SUBPARAGRAPH, ANNEX, HEADING
}
