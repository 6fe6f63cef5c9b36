package io.github.cvdsl.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A profile on a network, e.g. GitHub.
 *
 * @param network the network's name, e.g. {@code "GitHub"}
 * @param username the user name on that network, e.g. {@code "kura"}
 * @param url the profile's address
 */
public record Profile(String network, Optional<String> username, Url url) {

  public Profile {
    requireNonNull(network, "network");
    requireNonNull(username, "username");
    requireNonNull(url, "url");
  }
}
