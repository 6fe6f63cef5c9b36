/** The CommonMark renderer, id {@code markdown}. */
package io.github.cvdsl.render.markdown;
