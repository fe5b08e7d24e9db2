package org.resograph.parse;

import org.resograph.read.MappedText;

/**
 * A footnote.
 *
 * @param label  its marker as printed (1, *)
 * @param index  its place among the document's footnotes, from 1
 * @param text   its text
 */
public record Footnote(String label, int index, MappedText text) {}
