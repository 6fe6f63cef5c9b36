package io.github.cvdsl.render.view;

import io.github.cvdsl.render.template.Markup;

/**
 * One way to reach the person, as the header shows it.
 *
 * @param kind {@code "email"}, {@code "phone"}, {@code "website"}, {@code "location"} or {@code
 *     "profile"}
 * @param network a profile's network, e.g. {@code "GitHub"}, or {@code null}
 * @param text what is shown, e.g. {@code "kura@example.org"}, {@code "@kura"} or {@code
 *     "kura.gg"}
 * @param url where it links to, e.g. {@code "mailto:kura@example.org"}, or {@code null}
 * @param link the text as the format's link to {@code url} (or the text alone where there is no
 *     link)
 * @param first whether it comes first in its list, so that a template writes a separator before
 *     every other: {@code {{^first}}{{words.separator}}{{/first}}}
 */
public record ContactView(
    String kind, String network, String text, String url, Markup link, boolean first) {}
