/**
 * The {@code pdf} renderer: the HTML renderer's output laid out on pages by openhtmltopdf, in pure
 * Java, with the DejaVu fonts embedded.
 */
package io.github.cvdsl.render.pdf;
