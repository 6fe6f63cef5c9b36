/**
 * Machinery shared by the built-in renderers: the format-neutral view of a CV that templates see,
 * date formatting, template loading and line tidying. Not a stable API: a renderer in another jar
 * should depend only on {@link io.github.cvdsl.render}.
 */
package io.github.cvdsl.render.internal;
