package org.ember;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line that runs Ember's launcher in a separate JVM with the test run's own class
 * path, for tests that need a fresh process (static flags read at class load, the process's real
 * descriptors, environment variables).
 */
public final class ChildEmber {
    private ChildEmber() {}

    /** {@code java -cp <test class path> org.ember.cli.Main args...}, mutable for more arguments. */
    public static List<String> command(List<String> args) {
        String javaBinary = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(javaBinary, "-cp", System.getProperty("java.class.path"),
                "org.ember.cli.Main"));
        command.addAll(args);
        return command;
    }
}
