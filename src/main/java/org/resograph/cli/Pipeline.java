package org.resograph.cli;

import java.nio.file.Path;

import org.resograph.lexicon.Gazetteer;
import org.resograph.lexicon.Lexicon;
import org.resograph.link.LinkedDocument;
import org.resograph.link.Linker;
import org.resograph.parse.DocumentParser;
import org.resograph.read.InputProblem;
import org.resograph.read.SourceReader;
import org.resograph.read.SourceText;
import org.resograph.read.TextCleaner;

/**
 * The converter's stages wired together: read, clean, parse, link. Loads the lexicon and the
 * reference data once; {@link #convert} is thread-safe.
 */
public final class Pipeline {
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final DocumentParser parser;
    private final Linker linker;

    private Pipeline(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.parser = new DocumentParser(lexicon, gazetteer);
        this.linker = new Linker(lexicon, gazetteer);
    }

    private static volatile Pipeline shared;

    /** The pipeline over the lexicon and reference data shipped in the jar, loaded once per process. */
    public static Pipeline load() {
        Pipeline p = shared;
        if (p == null) {
            synchronized (Pipeline.class) {
                p = shared;
                if (p == null) {
                    Lexicon lexicon = Lexicon.load();
                    shared = p = new Pipeline(lexicon, Gazetteer.load(lexicon));
                }
            }
        }
        return p;
    }

    public LinkedDocument convert(Path file) throws InputProblem {
        return convert(SourceReader.read(file));
    }

    public LinkedDocument convert(SourceText source) throws InputProblem {
        return linker.link(parser.parse(TextCleaner.clean(source)));
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }
}
