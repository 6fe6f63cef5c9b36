package io.github.cvdsl.render.internal;

/**
 * The line under an entry's heading, e.g. {@code "Engineer • Aug. '19 –"}. Either part may be
 * absent, but not both.
 *
 * @param role e.g. {@code "Engineer"}, or {@code null}
 * @param separator {@code " • "} when both parts are there, else {@code null}
 * @param dates the dates, or {@code null}
 * @param text the whole line, unescaped
 */
public record BylineView(String role, String separator, DatesView dates, String text) {}
