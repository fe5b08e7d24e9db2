package org.resograph.lexicon;

/**
 * A word of a text: where it stands, how it was printed, and its matching key (case, accents,
 * hyphens and apostrophes folded away, so that "Inter-Agency", "Inter-agency" and "Interagency"
 * meet, and so do line-end hyphenation mistakes).
 */
public record Token(int start, int end, String raw, String key) {
    public boolean isCapitalised() {
        return !raw.isEmpty() && Character.isUpperCase(raw.charAt(0));
    }

    public boolean isLowerCase() {
        return !raw.isEmpty() && Character.isLowerCase(raw.charAt(0));
    }
}
