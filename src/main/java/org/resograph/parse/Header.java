package org.resograph.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * The cover of a document as printed, fields not yet resolved to reference data.
 *
 * @param symbol           the document symbol (E/CN.15/2019/L.3/Rev.1, S/RES/2514 (2020)), or null
 * @param distribution     General, Limited or Restricted
 * @param issued           the date under the distribution line
 * @param organLine        the principal organ line as printed ("Economic and Social Council")
 * @param bodyLine         the line naming the issuing body ("Commission on Crime Prevention and Criminal Justice")
 * @param session          session number (27; ECOSOC's 2023)
 * @param sessionPlace     Vienna
 * @param sessionStart     first day of the session
 * @param sessionEnd       last day of the session
 * @param agendaItem       agenda item as printed ("6", "4 (b)")
 * @param agendaTitle      its title
 * @param sponsorText      the sponsor list before ": draft resolution", as printed
 * @param documentType     draft resolution, revised draft resolution, resolution, decision, draft decision
 * @param title            the title, without its number
 * @param resolutionNumber the number printed with the title or above it (74/174, 2514)
 * @param adopted          adoption date from the adoption line
 * @param adoptionLine     the adoption line as printed
 * @param adoptionContext  "on the report of the Third Committee (A/74/400)", "on the recommendation of ..."
 * @param recommendations  recommendation sentences of the header ("The Commission ... recommends to ...")
 */
public record Header(
        String symbol,
        String distribution,
        LocalDate issued,
        String organLine,
        String bodyLine,
        Integer session,
        String sessionPlace,
        LocalDate sessionStart,
        LocalDate sessionEnd,
        String agendaItem,
        String agendaTitle,
        String sponsorText,
        String documentType,
        String title,
        String resolutionNumber,
        LocalDate adopted,
        String adoptionLine,
        String adoptionContext,
        List<String> recommendations) {}
