/**
 * What a generated model class calls to rebuild its CV, and what the processor uses to write it.
 * Not an API: it changes with every model change, and the javadoc leaves it out. The processor
 * checks at compile time that it and the {@code cv-annotations} on the class path agree on it.
 */
package io.github.cvdsl.model.internal;
