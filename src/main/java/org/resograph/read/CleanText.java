package org.resograph.read;

import java.util.List;

/**
 * What the read stage hands on: the source, its text as blocks with page furniture and footnote
 * blocks taken out, and the footnotes.
 */
public record CleanText(SourceText source, List<Block> blocks, List<Note> notes) {}
