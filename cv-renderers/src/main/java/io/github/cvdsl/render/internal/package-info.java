/**
 * Machinery behind {@link io.github.cvdsl.render.template.TemplateRenderer}: building the views,
 * formatting dates, the tables of fixed words, loading and compiling templates, and tidying lines.
 * Not a stable API: a renderer in another jar depends only on {@link io.github.cvdsl.render},
 * {@link io.github.cvdsl.render.template} and {@link io.github.cvdsl.render.view}.
 */
package io.github.cvdsl.render.internal;
