/**
 * The JSON Resume renderer, id {@code json-resume}: the CV as a {@code resume.json} that the JSON
 * Resume schema 1.3.1 accepts, with what the schema cannot hold kept in the {@code "x-cvdsl"}
 * extension property (see {@link io.github.cvdsl.jsonresume.JsonResumeRenderer}).
 */
package io.github.cvdsl.jsonresume;
