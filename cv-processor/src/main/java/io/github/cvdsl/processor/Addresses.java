package io.github.cvdsl.processor;

import io.github.cvdsl.model.Url;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks URLs and e-mail addresses; a problem is worded for the element named {@code what}. */
final class Addresses {
  private static final Set<String> SCHEMES = Set.copyOf(Url.SCHEMES);

  /** The schemes of {@link Url#SCHEMES} in words, for messages: "http, https, mailto or tel". */
  static final String SCHEMES_IN_WORDS =
      String.join(", ", Url.SCHEMES.subList(0, Url.SCHEMES.size() - 1))
          + " or "
          + Url.SCHEMES.get(Url.SCHEMES.size() - 1);

  /** A phone number as a tel URL holds it: digits, a leading +, visual separators. */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9().-]*[0-9][0-9().-]*");

  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

  private Addresses() {}

  static Checked<Url> url(String what, String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return Checked.problem(Message.URL_SYNTAX.format(what, text, e.getReason()));
    }
    if (!uri.isAbsolute()) {
      return Checked.problem(Message.URL_NOT_ABSOLUTE.format(what, text));
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!SCHEMES.contains(scheme)) {
      return Checked.problem(Message.URL_SCHEME.format(what, text, uri.getScheme()));
    }
    if (scheme.equals("mailto")) {
      String address = uri.getSchemeSpecificPart();
      int query = address.indexOf('?');
      String to = query < 0 ? address : address.substring(0, query);
      return isEmail(to)
          ? Checked.ok(new Url(text))
          : Checked.problem(Message.EMAIL.format(what, text));
    }
    if (scheme.equals("tel")) {
      return PHONE.matcher(uri.getSchemeSpecificPart()).matches()
          ? Checked.ok(new Url(text))
          : Checked.problem(Message.TEL.format(what, text));
    }
    if (uri.getHost() == null) {
      return Checked.problem(Message.URL_NO_HOST.format(what, text));
    }
    return Checked.ok(new Url(text));
  }

  static boolean isEmail(String text) {
    return EMAIL.matcher(text).matches() && !text.contains("..");
  }
}
