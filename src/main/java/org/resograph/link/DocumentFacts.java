package org.resograph.link;

import java.time.LocalDate;
import java.util.List;

/**
 * The cover of a document, resolved: ids of the reference data in place of names.
 *
 * @param resolutionBody   for an adopted resolution or decision, the body whose number it bears
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
        String resolutionBody) {}
