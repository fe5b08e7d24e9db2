package org.resograph.link;

/**
 * A request to report to, or to inform, a named body.
 *
 * @param paragraph operative paragraph number
 * @param part      the paragraph
 * @param reporter  id of who reports
 * @param reportTo  id of the body reported to
 * @param session   session of that body at which the report is due, or null
 * @param year      year of that session where the reference data knows it, or null
 * @param start     source offset of the request
 * @param end       source offset after it
 */
public record Reporting(Integer paragraph, PartRef part, String reporter, String reportTo, Integer session,
                        Integer year, int start, int end) {}
