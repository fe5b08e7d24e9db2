package org.resograph.eval;

/** A gold or predicted file that the scoring rules cannot read (where score.py would stop with a TypeError). */
public final class ScoreException extends RuntimeException {
    public ScoreException(String message) {
        super(message);
    }
}
