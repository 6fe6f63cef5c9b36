/**
 * The building block of template formats: a format is one small {@link
 * io.github.cvdsl.render.template.TemplateRenderer} subclass with its {@link
 * io.github.cvdsl.render.template.Escaper}, its {@link io.github.cvdsl.render.template.InlineFormat}
 * and a folder of Mustache templates, which themes may override one file at a time.
 */
package io.github.cvdsl.render.template;
