package io.github.cvdsl.render.view;

/**
 * Where the person is. Each part is the author's text, or {@code null} where absent.
 *
 * @param address the street address, e.g. {@code "2712 Broadway St"}
 * @param city e.g. {@code "San Francisco"}
 * @param region e.g. {@code "California"}
 * @param postalCode e.g. {@code "CA 94115"}
 * @param countryCode ISO 3166-1 alpha-2, e.g. {@code "US"}
 * @param country the country's name in the CV's language, e.g. {@code "United States"}
 * @param line the parts in reading order (address, city, region, postal code, country), joined
 *     with the list word
 */
public record LocationView(
    String address,
    String city,
    String region,
    String postalCode,
    String countryCode,
    String country,
    String line) {}
