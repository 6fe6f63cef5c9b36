package io.github.cvdsl.render.view;

/**
 * One end of a date range as templates see it.
 *
 * @param text as shown, e.g. {@code "Aug. '19"} or {@code "circa 2004"}
 * @param iso ISO 8601 at the date's own precision, e.g. {@code "2019-08"}: an HTML {@code
 *     datetime}
 */
public record DatePointView(String text, String iso) {}
