package org.resograph.read;

/**
 * A footnote as printed at the foot of a page.
 *
 * @param label       its marker (1, 2, *)
 * @param text        its text, markers encoded
 * @param afterBlock  index of the last block before it (-1 when it comes first)
 */
public record Note(String label, MappedText text, int afterBlock) {}
