package org.resograph.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.resograph.lexicon.EntityKind;
import org.resograph.lexicon.Gazetteer;
import org.resograph.lexicon.Token;
import org.resograph.lexicon.Tokenizer;
import org.resograph.lexicon.Trie;

/** The enacting line: "The General Assembly," "The Commission on Crime Prevention and Criminal Justice," */
final class ActingLines {
    private static final Pattern LINE = Pattern.compile("^The\\s+(.{3,200}?)\\s*,?\\s*$");

    private final Gazetteer gazetteer;

    ActingLines(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    boolean isActingLine(String line) {
        Matcher m = LINE.matcher(line.strip());
        return m.matches() && isBodyName(m.group(1));
    }

    /**
     * Where the enacting phrase ends when a converter glued the first paragraph to it ("The
     * General Assembly, Recalling ..."), or -1.
     */
    int gluedEnd(String line) {
        if (!line.startsWith("The ")) return -1;
        int comma = line.indexOf(',');
        while (comma > 0 && comma < 200) {
            if (isBodyName(line.substring(4, comma))) return comma + 1;
            comma = line.indexOf(',', comma + 1);
        }
        return -1;
    }

    private boolean isBodyName(String s) {
        List<Token> tokens = Tokenizer.tokens(s);
        if (tokens.isEmpty()) return false;
        for (Trie.Hit<Gazetteer.Name> h : gazetteer.namesAt(tokens, 0)) {
            EntityKind k = h.value().entity().kind();
            if (h.end() == tokens.size() && (k == EntityKind.BODY || k == EntityKind.OFFICIAL)) return true;
        }
        return false;
    }
}
