package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a person is, in the parts JSON Resume knows.
 *
 * @param address street address
 * @param postalCode postal code
 * @param city city
 * @param region region, state or county
 * @param countryCode ISO 3166-1 alpha-2 country code, e.g. {@code "GB"}
 */
public record Location(
    Optional<String> address,
    Optional<String> postalCode,
    Optional<String> city,
    Optional<String> region,
    Optional<String> countryCode) {

  public Location {
    requireNonNull(address, "address");
    requireNonNull(postalCode, "postalCode");
    requireNonNull(city, "city");
    requireNonNull(region, "region");
    requireNonNull(countryCode, "countryCode");
  }

  /** The present parts joined with {@code ", "}, e.g. {@code "Bristol, GB"}. */
  public String oneLine() {
    return Stream.of(address, postalCode, city, region, countryCode)
        .flatMap(Optional::stream)
        .collect(Collectors.joining(", "));
  }
}
