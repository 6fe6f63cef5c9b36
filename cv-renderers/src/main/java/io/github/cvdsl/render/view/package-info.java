/**
 * What templates see: the view of a CV, its sections, one record per entry kind (each carrying its
 * typed entry), bullets, contacts and dates. A template writes every value with {@code {{name}}}:
 * strings are the author's text and are escaped by the format; {@link
 * io.github.cvdsl.render.template.Markup} values are the format's own markup and are written as
 * they are.
 */
package io.github.cvdsl.render.view;
