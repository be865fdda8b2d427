package org.ember.modules;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * {@code resource} (Linux): resource usage and limits. The JVM has no getrusage/getrlimit, so
 * usage comes from /proc/[pid]/stat and /proc/[pid]/status (times, faults, peak RSS; the fields
 * Linux leaves at zero stay zero) and limits from /proc/[pid]/limits, whose rows are in RLIMIT_*
 * order. setrlimit/prlimit change limits with util-linux's prlimit(1), the only way from the JVM.
 */
public final class ResourceModule {
    private ResourceModule() {}

    private static final String[] LIMITS = {"CPU", "FSIZE", "DATA", "STACK", "CORE", "RSS", "NPROC", "NOFILE",
        "MEMLOCK", "AS", "LOCKS", "SIGPENDING", "MSGQUEUE", "NICE", "RTPRIO", "RTTIME"};
    private static final int RUSAGE_SELF = 0, RUSAGE_CHILDREN = -1, RUSAGE_THREAD = 1;
    /** /proc/[pid]/stat's clock ticks (USER_HZ: 100 on every Linux ABI the JVM runs on). */
    private static final double TICKS_PER_SECOND = 100.0;

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("resource");
        for (int i = 0; i < LIMITS.length; i++) {
            if (i != 10) set(m, "RLIMIT_" + LIMITS[i], PyInt.of(i));   // CPython does not name RLIMIT_LOCKS
        }
        set(m, "RLIMIT_OFILE", PyInt.of(7));
        set(m, "RLIM_INFINITY", PyInt.of(-1));
        set(m, "RUSAGE_SELF", PyInt.of(RUSAGE_SELF));
        set(m, "RUSAGE_CHILDREN", PyInt.of(RUSAGE_CHILDREN));
        set(m, "RUSAGE_THREAD", PyInt.of(RUSAGE_THREAD));
        set(m, "error", Exceptions.OSError);
        PyType rusage = StructSeq.define("resource", "struct_rusage", "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss",
                "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd",
                "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw");
        set(m, "struct_rusage", rusage);
        def(m, ArgSpec.one("getrusage"), (self, a) -> getrusage(rusage, (int) Abstract.index(a[0]).longValue()));
        def(m, ArgSpec.one("getrlimit"), (self, a) -> readLimit("self", resourceArg(a[0])));
        def(m, ArgSpec.positional("setrlimit", 2, 2), (self, a) -> {
            int resource = resourceArg(a[0]);
            long[] limits = limitsArg(a[1]);
            writeLimit(ProcessHandle.current().pid(), resource, limits);
            return org.ember.runtime.PyNone.NONE;
        });
        def(m, ArgSpec.positional("prlimit", 2, 3), (self, a) -> {
            long pid = Abstract.index(a[0]).longValue();
            if (pid == 0) pid = ProcessHandle.current().pid();
            int resource = resourceArg(a[1]);
            PyTuple old = readLimit(Long.toString(pid), resource);
            if (a[2] != null) writeLimit(pid, resource, limitsArg(a[2]));
            return old;
        });
        def(m, ArgSpec.noArgs("getpagesize"), (self, a) -> PyInt.of(pageSize()));
        return m;
    }

    private static int resourceArg(Object arg) {
        long r = Abstract.index(arg).longValue();
        if (r < 0 || r >= LIMITS.length) throw Errors.valueError("invalid resource specified");
        return (int) r;
    }

    /** (soft, hard) from a sequence of two ints; -1 (or any negative) is RLIM_INFINITY. */
    private static long[] limitsArg(Object arg) {
        PyTuple pair = PyTuple.fromIterable(arg);
        if (pair.size() != 2) throw Errors.valueError("expected a tuple of 2 integers");
        long soft = Abstract.index(pair.get(0)).longValue(), hard = Abstract.index(pair.get(1)).longValue();
        if (soft >= 0 && hard >= 0 && soft > hard || soft < 0 && hard >= 0) {
            throw Errors.valueError("current limit exceeds maximum limit");
        }
        return new long[] {soft, hard};
    }

    private static PyTuple readLimit(String pid, int resource) {
        List<String> lines = readProc(pid, "limits");
        // a header row, then one row per resource: name, soft, hard, units
        if (lines.size() <= resource + 1) throw Posix.osError(38, null, null);
        String row = lines.get(resource + 1);
        String[] fields = row.substring(Math.min(26, row.length())).trim().split("\\s+");
        if (fields.length < 2) throw Posix.osError(38, null, null);
        return PyTuple.of(PyInt.of(limitValue(fields[0])), PyInt.of(limitValue(fields[1])));
    }

    private static long limitValue(String text) {
        return text.equals("unlimited") ? -1 : number(text);
    }

    /** A /proc number; 0 when the field is not one (no Java exception reaches the program). */
    private static long number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The second whitespace-separated field of a "key: value" /proc line, as a number. */
    private static long secondField(String line) {
        String[] parts = line.trim().split("\\s+");
        return parts.length > 1 ? number(parts[1]) : 0;
    }

    /** prlimit(1) --pid PID --RESOURCE=soft:hard; EPERM (raising the hard limit) is CPython's ValueError. */
    private static void writeLimit(long pid, int resource, long[] limits) {
        String option = "--" + LIMITS[resource].toLowerCase() + "=" + limitText(limits[0]) + ":" + limitText(limits[1]);
        try {
            Process p = new ProcessBuilder("prlimit", "--pid", Long.toString(pid), option)
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                if (output.contains("Operation not permitted")) throw Errors.valueError("not allowed to raise maximum limit");
                if (output.contains("No such process")) throw Posix.osError(3, null, null);
                throw Posix.osError(22, null, null);
            }
        } catch (IOException e) {
            throw Errors.of(Exceptions.OSError, "setrlimit needs the prlimit program on the JVM: %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Posix.osError(4, null, null);
        }
    }

    private static String limitText(long value) {
        return value < 0 ? "unlimited" : Long.toString(value);
    }

    private static Object getrusage(PyType rusage, int who) {
        if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN && who != RUSAGE_THREAD) throw Errors.valueError("invalid who parameter");
        String[] stat = statFields();
        // /proc/self/stat after the ")": state(0) ... minflt(7) cminflt(8) majflt(9) cmajflt(10) utime(11) stime(12) cutime(13) cstime(14)
        boolean children = who == RUSAGE_CHILDREN;
        double utime, stime;
        if (who == RUSAGE_THREAD) {
            var bean = ManagementFactory.getThreadMXBean();
            long cpu = bean.getCurrentThreadCpuTime(), user = bean.getCurrentThreadUserTime();
            utime = user / 1e9;
            stime = Math.max(0, cpu - user) / 1e9;
        } else {
            utime = ticks(stat, children ? 13 : 11);
            stime = ticks(stat, children ? 14 : 12);
        }
        long minflt = field(stat, children ? 8 : 7), majflt = field(stat, children ? 10 : 9);
        long maxrss = children ? 0 : statusKb("VmHWM");
        long[] io = ioBlocks();
        long[] switches = contextSwitches();
        return StructSeq.make(rusage, new PyFloat(utime), new PyFloat(stime), PyInt.of(maxrss), PyInt.ZERO, PyInt.ZERO,
                PyInt.ZERO, PyInt.of(minflt), PyInt.of(majflt), PyInt.ZERO, PyInt.of(children ? 0 : io[0]),
                PyInt.of(children ? 0 : io[1]), PyInt.ZERO, PyInt.ZERO, PyInt.ZERO,
                PyInt.of(children ? 0 : switches[0]), PyInt.of(children ? 0 : switches[1]));
    }

    static double ticks(String[] stat, int index) {
        return field(stat, index) / TICKS_PER_SECOND;
    }

    private static long field(String[] stat, int index) {
        try {
            return index < stat.length ? Long.parseLong(stat[index]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The fields of /proc/self/stat after the command name (which may hold spaces). */
    static String[] statFields() {
        List<String> lines = readProc("self", "stat");
        if (lines.isEmpty()) return new String[0];
        String line = lines.get(0);
        return line.substring(line.lastIndexOf(')') + 2).split(" ");
    }

    private static long statusKb(String key) {
        for (String line : readProc("self", "status")) {
            if (line.startsWith(key + ":")) return secondField(line);
        }
        return 0;
    }

    /** voluntary and involuntary context switches summed over the process's threads (/proc/self/status has the main thread's). */
    private static long[] contextSwitches() {
        long[] result = new long[2];
        for (String line : readProc("self", "status")) {
            if (line.startsWith("voluntary_ctxt_switches:")) result[0] = secondField(line);
            if (line.startsWith("nonvoluntary_ctxt_switches:")) result[1] = secondField(line);
        }
        return result;
    }

    /** Blocks (512 bytes) read and written by the storage layer: /proc/self/io's read_bytes/write_bytes. */
    private static long[] ioBlocks() {
        long[] result = new long[2];
        for (String line : readProc("self", "io")) {
            if (line.startsWith("read_bytes:")) result[0] = secondField(line) / 512;
            if (line.startsWith("write_bytes:")) result[1] = secondField(line) / 512;
        }
        return result;
    }

    private static long pageSize() {
        for (String line : readProc("self", "smaps")) {
            if (line.startsWith("KernelPageSize:")) return secondField(line) * 1024;
        }
        return 4096;
    }

    private static List<String> readProc(String pid, String file) {
        Path path = Path.of("/proc", pid, file);
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            if (!pid.equals("self") && !Files.exists(Path.of("/proc", pid))) throw Posix.osError(3, null, null);
            return List.of();
        }
    }

    private static void set(PyModule m, String name, Object value) {
        m.dict().setItem(new PyStr(name), value);
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }
}
