package org.ember.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PySet;
import org.ember.runtime.PyStr;
import org.ember.runtime.Signals;

/**
 * {@code _signal}: Linux's signal numbers, and Python-level handlers kept in the interpreter's
 * {@link Signals} (tripped by {@code raise_signal} and {@code _thread.interrupt_main}; run by the
 * main thread at its eval-breaker checks or in a blocking wait). {@code signal.py} wraps it with
 * the Signals/Handlers enums, as CPython's does. No OS signal reaches these handlers yet, and a
 * signal whose handler is SIG_DFL is not acted on (see docs/runtime.md, "Signals").
 */
public final class SignalModule {
    private SignalModule() {}

    /** Linux x86-64 numbers, as CPython's _signal has them (aliases included). */
    private static final Map<String, Integer> NUMBERS = new LinkedHashMap<>();

    static {
        String[] names = {"SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL",
                "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT",
                "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF",
                "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};
        for (int i = 0; i < names.length; i++) NUMBERS.put(names[i], i + 1);
        NUMBERS.put("SIGIOT", 6);
        NUMBERS.put("SIGCLD", 17);
        NUMBERS.put("SIGPOLL", 29);
        NUMBERS.put("SIGRTMIN", 34);
        NUMBERS.put("SIGRTMAX", 64);
    }

    /** strsignal() texts for 1..31 (glibc's). */
    private static final String[] DESCRIPTIONS = {"Hangup", "Interrupt", "Quit", "Illegal instruction",
            "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
            "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault",
            "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
            "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
            "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"};

    private static final int SIGKILL = 9, SIGSTOP = 19;

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_signal");
        Signals signals = interp.signals;
        NUMBERS.forEach((name, n) -> m.dict().setItem(new PyStr(name), PyInt.of(n)));
        m.dict().setItem(new PyStr("SIG_DFL"), Signals.SIG_DFL);
        m.dict().setItem(new PyStr("SIG_IGN"), Signals.SIG_IGN);
        m.dict().setItem(new PyStr("NSIG"), PyInt.of(Signals.NSIG));
        m.dict().setItem(new PyStr("default_int_handler"), signals.defaultIntHandler());
        def(m, ArgSpec.positional("signal", 2, 2), (self, a) -> setHandler(signals, a[0], a[1]));
        def(m, ArgSpec.positional("getsignal", 1, 1), (self, a) -> signals.handler(Signals.signalNumber(a[0])));
        def(m, ArgSpec.positional("raise_signal", 1, 1), (self, a) -> {
            signals.raiseInMain(Signals.signalNumber(a[0]));
            return PyNone.NONE;
        });
        def(m, ArgSpec.positional("strsignal", 1, 1), (self, a) -> strsignal(a[0]));
        def(m, ArgSpec.noArgs("valid_signals"), (self, a) -> {
            PySet all = new PySet();
            for (int n = 1; n < Signals.NSIG; n++) if (n != 32 && n != 33) all.add(PyInt.of(n));
            return all;
        });
        return m;
    }

    private static Object setHandler(Signals signals, Object signumArg, Object handler) {
        int signum = Signals.signalNumber(signumArg);
        if (!signals.isMainThread()) throw Errors.valueError("signal only works in main thread of the main interpreter");
        // as CPython's compare_handler: only an exact int 0 or 1 (signal.py passes the enums' values)
        boolean special = handler.getClass() == PyInt.class && ((PyInt) handler).fitsLong()
                && (((PyInt) handler).longValue() == 0 || ((PyInt) handler).longValue() == 1);
        boolean callable = handler instanceof PyBuiltinFunction || Abstract.typeOf(handler).call != null;
        if (!special && !callable) {
            throw Errors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }
        if (signum == SIGKILL || signum == SIGSTOP || signum == 32 || signum == 33) {
            throw Errors.withArgs(Exceptions.OSError, PyInt.of(22), new PyStr("Invalid argument"));
        }
        if (special) handler = ((PyInt) handler).longValue() == 0 ? Signals.SIG_DFL : Signals.SIG_IGN;
        return signals.setHandler(signum, handler);
    }

    private static Object strsignal(Object signumArg) {
        int signum = Signals.signalNumber(signumArg);
        if (signum <= DESCRIPTIONS.length) return new PyStr(DESCRIPTIONS[signum - 1]);
        if (signum >= 34) return new PyStr("Real-time signal " + (signum - 34));
        return new PyStr("Unknown signal " + signum);
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }
}
