package org.ember.modules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process environment as the C library sees it: the JVM cannot change its own environment,
 * so {@code os.putenv}/{@code os.unsetenv} change this copy, which readers of the C
 * environment ({@code time.tzset()} reading {@code TZ}) consult.
 */
final class ProcessEnvironment {
    private ProcessEnvironment() {}

    private static final Map<String, String> VARIABLES = new ConcurrentHashMap<>(System.getenv());

    static String get(String name) {
        return VARIABLES.get(name);
    }

    static void put(String name, String value) {
        VARIABLES.put(name, value);
    }

    static void remove(String name) {
        VARIABLES.remove(name);
    }
}
