package org.ember.modules;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.PyBool;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;

/**
 * A first {@code time}: the clocks and {@code sleep}, which the benchmark harness needs. The
 * rest of the module (struct_time, strftime, ...) comes with the standard-library issue.
 */
public final class Time {
    private Time() {}

    public static PyModule create(Interpreter interp) {
        PyModule time = new PyModule("time");
        def(time, ArgSpec.noArgs("perf_counter"), (self, a) -> new PyFloat(System.nanoTime() / 1e9));
        def(time, ArgSpec.noArgs("perf_counter_ns"), (self, a) -> PyInt.of(System.nanoTime()));
        def(time, ArgSpec.noArgs("monotonic"), (self, a) -> new PyFloat(System.nanoTime() / 1e9));
        def(time, ArgSpec.noArgs("monotonic_ns"), (self, a) -> PyInt.of(System.nanoTime()));
        def(time, ArgSpec.noArgs("time"), (self, a) -> new PyFloat(epochNanos() / 1e9));
        def(time, ArgSpec.noArgs("time_ns"), (self, a) -> PyInt.of(epochNanos()));
        def(time, ArgSpec.noArgs("process_time"), (self, a) -> new PyFloat(processCpuNanos() / 1e9));
        def(time, ArgSpec.one("sleep"), (self, a) -> {
            double seconds = PyFloat.convert(a[0]).value;
            if (Double.isNaN(seconds)) throw Errors.valueError("Invalid value NaN (not a number)");
            if (seconds < 0) throw Errors.valueError("sleep length must be non-negative");
            sleep(seconds);
            return PyNone.NONE;
        });
        def(time, ArgSpec.noArgs("process_time_ns"), (self, a) -> PyInt.of(processCpuNanos()));
        def(time, ArgSpec.noArgs("thread_time"), (self, a) -> new PyFloat(cpuNanos() / 1e9));
        def(time, ArgSpec.noArgs("thread_time_ns"), (self, a) -> PyInt.of(cpuNanos()));
        def(time, ArgSpec.one("get_clock_info"), (self, a) -> clockInfo(a[0]));
        TimeCalendar.install(time);
        return time;
    }

    /** get_clock_info(name): what each clock is made of, as a namespace (CPython's fields). */
    private static Object clockInfo(Object nameArg) {
        if (!(nameArg instanceof PyStr name)) throw Errors.mustBe("get_clock_info() argument", "str", nameArg);
        Object[] info = switch (name.value()) {
            case "time" -> new Object[] {PyBool.TRUE, "clock_gettime(CLOCK_REALTIME)", PyBool.FALSE, 1e-09};
            case "monotonic", "perf_counter" -> new Object[] {PyBool.FALSE, "clock_gettime(CLOCK_MONOTONIC)", PyBool.TRUE, 1e-09};
            case "process_time" -> new Object[] {PyBool.FALSE, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", PyBool.TRUE, 1e-09};
            case "thread_time" -> new Object[] {PyBool.FALSE, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", PyBool.TRUE, 1e-09};
            default -> throw Errors.valueError("unknown clock");
        };
        SimpleNamespace ns = SimpleNamespace.create();
        Abstract.setAttr(ns, "implementation", new PyStr((String) info[1]));
        Abstract.setAttr(ns, "monotonic", info[2]);
        Abstract.setAttr(ns, "adjustable", info[0]);
        Abstract.setAttr(ns, "resolution", new PyFloat((Double) info[3]));
        return ns;
    }

    private static long epochNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** CPU time of the whole process (all threads, the JVM's own included), as CPython's clock. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            if (nanos >= 0) return nanos;
        }
        return cpuNanos();
    }

    private static long cpuNanos() {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static void sleep(double seconds) {
        long nanos = (long) Math.min(seconds * 1e9, Long.MAX_VALUE);
        // a signal (interrupt_main) runs its handler during the sleep, which may raise
        // (KeyboardInterrupt); otherwise the sleep goes on for the time left (PEP 475)
        org.ember.runtime.Signals.waitInterruptibly(nanos, left -> {
            if (left > 0) Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            return true;
        });
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }
}
