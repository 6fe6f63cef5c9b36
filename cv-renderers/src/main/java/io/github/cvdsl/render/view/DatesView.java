package io.github.cvdsl.render.view;

/**
 * When an entry happened, as templates see it: {@code start}, then {@code separator} and {@code
 * end} for a closed range, or {@code separator} and {@code present} for an open one.
 *
 * @param start the first or only date
 * @param separator between the ends, e.g. {@code " – "}; {@code null} for a single date
 * @param end the end of a closed range; otherwise {@code null}
 * @param present the word for an open end, e.g. {@code "Present"}; otherwise {@code null}
 * @param text the whole, e.g. {@code "Jan. '15 – Aug. '19"}
 */
public record DatesView(
    DatePointView start, String separator, DatePointView end, String present, String text) {}
