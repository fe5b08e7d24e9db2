package org.resograph.link;

import java.util.List;

/** How the paragraphs of a document open, read against the lexicon. */
public final class Clauses {
    private Clauses() {}

    /** A preambular paragraph's opening phrase ("Taking note also of") and the kind of clause it opens. */
    public record Preambular(int n, PartRef part, String phrase, String clauseKind) {}

    /** A verb inside an operative paragraph, with whom it addresses. */
    public record VerbUse(String lemma, boolean addresses, boolean mandate, List<String> addressees,
                          int textStart, int textEnd, String clauseKind) {}

    /**
     * An operative paragraph: its first verb, modifier, addressees, top-level sub-paragraph
     * labels and the further verbs that start new clauses.
     */
    public record Operative(Integer n, PartRef part, String verb, String modifier, List<String> addressees,
                            List<String> subparagraphs, List<VerbUse> otherVerbs, String clauseKind) {}
}
