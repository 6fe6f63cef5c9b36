package io.github.cvdsl.render.internal;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks names up exactly as Mustache.java's {@link ReflectionObjectHandler} does (the first scope,
 * from the innermost out, whose class has a method {@code name()}, {@code getName()}, {@code
 * isName()} or a field {@code name}), but remembers the member per class instead of re-checking a
 * chain of guards and calling it by reflection on every lookup: a long CV makes hundreds of
 * thousands of lookups.
 *
 * <p>Dotted names and scopes that are maps or optionals, whose members depend on the instance
 * rather than its class, go to Mustache.java's own binding.
 */
final class MemberObjectHandler extends ReflectionObjectHandler {

  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

  /** Stands for "this member is there, but let Mustache.java's binding reach it". */
  private static final MethodHandle DELEGATE = MethodHandles.constant(Object.class, null);

  @Override
  public Binding createBinding(String name, TemplateContext tc, Code code) {
    Binding guarded = super.createBinding(name, tc, code);
    return name == null || name.indexOf('.') >= 0 ? guarded : new MemberBinding(name, guarded);
  }

  /**
   * A getter of {@code name} on {@code type}, typed {@code (Object)Object}; {@code null} when the
   * class has no such member; {@link #DELEGATE} when Mustache.java's own binding must reach it, as
   * for maps and optionals, whose members depend on the instance. Deciding that once per class
   * spares every lookup two interface checks per scope.
   */
  private MethodHandle getter(Class<?> type, String name) {
    if (Map.class.isAssignableFrom(type) || Optional.class.isAssignableFrom(type)) {
      return DELEGATE;
    }
    AccessibleObject member;
    try {
      member = findMember(type, name);
    } catch (RuntimeException inaccessible) {
      return DELEGATE;
    }
    try {
      if (member instanceof Method method && method.getParameterCount() == 0) {
        return MethodHandles.lookup().unreflect(method).asType(GETTER);
      }
      if (member instanceof Field field) {
        return MethodHandles.lookup().unreflectGetter(field).asType(GETTER);
      }
    } catch (IllegalAccessException e) {
      return DELEGATE;
    }
    return member == null ? null : DELEGATE;
  }

  /** One tag's name, resolved per scope class once. */
  private final class MemberBinding implements Binding {

    private final String name;
    private final Binding guarded;
    // Tiny and read far more often than written: replaced whole when a new class shows up.
    private volatile ClassGetter[] getters = new ClassGetter[0];

    MemberBinding(String name, Binding guarded) {
      this.name = name;
      this.guarded = guarded;
    }

    @Override
    public Object get(List<Object> scopes) {
      for (int i = scopes.size() - 1; i >= 0; i--) {
        Object scope = scopes.get(i);
        if (scope == null) {
          continue;
        }
        MethodHandle getter = getterFor(scope.getClass());
        if (getter == DELEGATE) {
          return guarded.get(scopes);
        }
        if (getter != null) {
          try {
            return coerce(getter.invokeExact(scope));
          } catch (RuntimeException | Error e) {
            throw e;
          } catch (Throwable e) {
            throw new IllegalStateException(e);
          }
        }
      }
      return null;
    }

    private MethodHandle getterFor(Class<?> type) {
      for (ClassGetter known : getters) {
        if (known.type() == type) {
          return known.getter();
        }
      }
      return addGetter(type);
    }

    private synchronized MethodHandle addGetter(Class<?> type) {
      ClassGetter[] known = getters;
      for (ClassGetter entry : known) {
        if (entry.type() == type) {
          return entry.getter();
        }
      }
      MethodHandle getter = getter(type, name);
      ClassGetter[] more = Arrays.copyOf(known, known.length + 1);
      more[known.length] = new ClassGetter(type, getter);
      getters = more;
      return getter;
    }
  }

  private record ClassGetter(Class<?> type, MethodHandle getter) {}
}
