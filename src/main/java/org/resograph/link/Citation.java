package org.resograph.link;

/**
 * A reference found in a document.
 *
 * @param target       what it refers to
 * @param part         where it is printed
 * @param clausePart   for a footnote, the paragraph that carries its marker; else the same as part
 * @param clauseKind   kind of the citing clause (recalling, reaffirming, taking-note, welcoming, acting-under, concern, other)
 * @param citedAs      the words as printed
 * @param start        source offset of the words
 * @param end          source offset after them
 * @param resolvedFrom how the target was identified when the words do not name it (Ibid., volume, annex), or null
 */
public record Citation(Target target, PartRef part, PartRef clausePart, String clauseKind, String citedAs,
                       int start, int end, String resolvedFrom) {}
