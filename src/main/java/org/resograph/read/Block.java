package org.resograph.read;

/**
 * A run of text lines with no blank line between them. Line breaks that may still matter to the
 * parser are kept as {@code '\n'}; hyphens at line ends have been resolved.
 *
 * @param text       the lines, markers encoded as {@link Markers}
 * @param heading    the block was a Markdown heading
 * @param afterBreak page furniture or a footnote block stood between this block and the previous one
 */
public record Block(MappedText text, boolean heading, boolean afterBreak) {}
