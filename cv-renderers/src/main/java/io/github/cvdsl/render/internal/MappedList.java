package io.github.cvdsl.render.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A read-only list whose elements are made from another list's when read, and made again each
 * time they are read.
 *
 * @param <S> the source elements
 * @param <T> the elements made from them
 */
final class MappedList<S, T> extends AbstractList<T> implements RandomAccess {

  private final List<S> source;
  private final Function<? super S, ? extends T> mapping;

  MappedList(List<S> source, Function<? super S, ? extends T> mapping) {
    this.source = source;
    this.mapping = mapping;
  }

  @Override
  public T get(int index) {
    return mapping.apply(source.get(index));
  }

  @Override
  public int size() {
    return source.size();
  }
}
