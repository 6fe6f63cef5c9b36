/** The HTML renderer, id {@code html}: one self-contained, printable HTML5 file. */
package io.github.cvdsl.render.html;
