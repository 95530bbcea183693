package com.roboplanet.soconnector.app;

import com.google.inject.Binder;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.util.Types;
import java.util.function.Supplier;

/**
 * The domain takes collaborators that open connections or check settings as {@code Supplier<T>}, so that it decides
 * when they are needed; this binds each such supplier to Guice's own binding of {@code T}.
 */
public final class LazyBindings {
    private LazyBindings() {}

    /** Binds {@code Supplier<T>} to call the binding of {@code key} on every {@code get()}. */
    public static <T> void bindSupplier(Binder binder, Key<T> key) {
        Provider<T> provider = binder.getProvider(key);
        @SuppressWarnings("unchecked") // the type built here is exactly Supplier<T>
        Key<Supplier<T>> supplier = (Key<Supplier<T>>) Key.get(
                Types.newParameterizedType(Supplier.class, key.getTypeLiteral().getType()));
        binder.bind(supplier).toInstance(provider::get);
    }
}
