package org.resograph.link;

import java.time.LocalDate;
import java.util.List;

/**
 * The cover of a document, resolved: ids of the reference data in place of names.
 *
 * @param resolutionBody   for an adopted resolution or decision, the body whose number it bears
 * @param sponsorNames     the sponsors named by a dated name (a former name, or a former State's), as printed
 */
public record DocumentFacts(
        String symbol,
        String revises,
        String documentType,
        LocalDate issued,
        LocalDate adopted,
        String distribution,
        String organ,
        String body,
        Integer session,
        Integer sessionYear,
        String sessionPlace,
        LocalDate sessionStart,
        LocalDate sessionEnd,
        String agendaItem,
        String agendaTitle,
        List<String> sponsors,
        String title,
        String actingBody,
        List<String> recommendedBy,
        String resolutionNumber,
        String resolutionBody,
        List<NameUse> sponsorNames) {

    public DocumentFacts(String symbol, String revises, String documentType, LocalDate issued, LocalDate adopted,
                         String distribution, String organ, String body, Integer session, Integer sessionYear,
                         String sessionPlace, LocalDate sessionStart, LocalDate sessionEnd, String agendaItem,
                         String agendaTitle, List<String> sponsors, String title, String actingBody,
                         List<String> recommendedBy, String resolutionNumber, String resolutionBody) {
        this(symbol, revises, documentType, issued, adopted, distribution, organ, body, session, sessionYear, sessionPlace,
                sessionStart, sessionEnd, agendaItem, agendaTitle, sponsors, title, actingBody, recommendedBy,
                resolutionNumber, resolutionBody, List.of());
    }

    /** The year of the document: of its issue, adoption, session start, or numbered session; null if none is known. */
    public Integer year() {
        return year(issued, adopted, sessionStart, sessionYear);
    }

    static Integer year(LocalDate issued, LocalDate adopted, LocalDate sessionStart, Integer sessionYear) {
        if (issued != null) return issued.getYear();
        if (adopted != null) return adopted.getYear();
        if (sessionStart != null) return sessionStart.getYear();
        return sessionYear;
    }

    /** How the sponsor with this id was named, if by a dated name; else null. */
    public NameUse sponsorName(String id) {
        for (NameUse n : sponsorNames) if (n.stateId().equals(id)) return n;
        return null;
    }
}
