package org.resograph.lexicon;

/** The kinds of things the reference data names. */
public enum EntityKind {
    BODY, OFFICIAL, GROUP, STATE, TREATY, INSTRUMENT;

    /** Bodies and officials: what FORMAT.md collects under {@code bodies}. */
    public boolean isBodyLike() {
        return this == BODY || this == OFFICIAL;
    }

    /** Who can be addressed by an operative clause. */
    public boolean isActor() {
        return this == BODY || this == OFFICIAL || this == GROUP || this == STATE;
    }
}
