package org.ember.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * The parts of {@code posix} that describe the machine and the process's clock:
 * {@code uname()}, {@code times()} and {@code getloadavg()}. The JVM has no uname(2) or
 * times(2), so on Linux they read what the kernel publishes under /proc, which holds the
 * same values; elsewhere uname falls back to the JVM's system properties.
 */
final class SystemInfo {
    private SystemInfo() {}

    static void define(PyModule posix) {
        PyType unameResult = StructSeq.define("posix", "uname_result",
                "sysname", "nodename", "release", "version", "machine");
        PyType timesResult = StructSeq.define("posix", "times_result",
                "user", "system", "children_user", "children_system", "elapsed");
        posix.dict().setItem(new PyStr("uname_result"), unameResult);
        posix.dict().setItem(new PyStr("times_result"), timesResult);
        def(posix, ArgSpec.noArgs("uname"), (self, a) -> uname(unameResult));
        def(posix, ArgSpec.noArgs("times"), (self, a) -> times(timesResult));
        def(posix, ArgSpec.noArgs("getloadavg"), (self, a) -> loadAverages());
    }

    private static Object uname(PyType type) {
        return StructSeq.make(type,
                new PyStr(kernelValue("ostype", System.getProperty("os.name", ""))),
                new PyStr(kernelValue("hostname", "")),
                new PyStr(kernelValue("osrelease", System.getProperty("os.version", ""))),
                new PyStr(kernelValue("version", "")),
                new PyStr(machine()));
    }

    /** uname's machine field: the JVM's os.arch spelled the way the kernel spells it. */
    private static String machine() {
        String arch = System.getProperty("os.arch", "");
        return switch (arch) {
            case "amd64" -> "x86_64";
            case "x86", "i386" -> "i686";
            case "arm64" -> "aarch64";
            default -> arch;
        };
    }

    /** The first line of /proc/sys/kernel/NAME, or {@code fallback} where there is none. */
    private static String kernelValue(String name, String fallback) {
        String text = firstLine(Path.of("/proc/sys/kernel", name));
        return text == null ? fallback : text;
    }

    /** user/system CPU of the process and its waited-for children, and the time since boot, in seconds. */
    private static Object times(PyType type) {
        // /proc/self/stat after the ")": utime(11) stime(12) cutime(13) cstime(14), in clock ticks
        String[] stat = ResourceModule.statFields();
        String uptime = firstLine(Path.of("/proc/uptime"));
        double elapsed = uptime == null ? System.nanoTime() / 1e9 : parseOr(uptime.split(" ")[0], 0.0);
        return StructSeq.make(type,
                new PyFloat(ResourceModule.ticks(stat, 11)), new PyFloat(ResourceModule.ticks(stat, 12)),
                new PyFloat(ResourceModule.ticks(stat, 13)), new PyFloat(ResourceModule.ticks(stat, 14)),
                new PyFloat(elapsed));
    }

    private static Object loadAverages() {
        String line = firstLine(Path.of("/proc/loadavg"));
        String[] fields = line == null ? new String[0] : line.split(" ");
        if (fields.length < 3) throw Errors.of(Exceptions.OSError, "Load averages are unobtainable");
        Object[] averages = new Object[3];
        for (int i = 0; i < 3; i++) averages[i] = new PyFloat(parseOr(fields[i], 0.0));
        return PyTuple.of(averages);
    }

    private static double parseOr(String text, double fallback) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String firstLine(Path path) {
        try {
            var lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.get(0).strip();
        } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
            return null;
        }
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }
}
