/** The plain-text renderer, id {@code text}: wrapped lines, underlined headings, hanging indents. */
package io.github.cvdsl.render.text;
