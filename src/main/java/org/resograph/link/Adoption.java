package org.resograph.link;

import java.time.LocalDate;

/**
 * An adoption fact with its resolution identified: the draft (by symbol, or by the name of its
 * text file), the adopting body and the resolution's number, the date and the source.
 */
public record Adoption(String table, long line, String draftSymbol, String draftFile, String resolutionBody,
        String resolutionNumber, LocalDate date, String source, String note) {}
