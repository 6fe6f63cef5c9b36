package io.github.cvdsl.render.internal;

import java.util.List;

/**
 * An entry as templates see it. Fields named as markup are escaped and go in {@code {{{...}}}};
 * the others are the author's text and go in {@code {{...}}}, which escapes them.
 *
 * @param heading the heading's markup (a link when the entry has a URL), or {@code null}
 * @param byline role and dates, or {@code null}
 * @param facts short facts joined with {@code " · "}, or {@code null}
 * @param summary the paragraphs' markup
 * @param keywords keywords joined with {@code ", "}, or {@code null}
 * @param groups the bullets
 */
public record EntryView(
    String heading,
    BylineView byline,
    String facts,
    List<String> summary,
    String keywords,
    List<GroupView> groups) {}
