import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A/B test of two builds of the compiler under the same load: both are loaded into one JVM
 * (a class loader each) and timed in alternating rounds by the compiling thread's CPU time.
 * On a shared machine this is far steadier than two benchmark runs one after the other.
 *
 * <pre>java bench/compile/CompileAB.java LISTFILE CLASSES_A CLASSES_B [WARMUP [ROUNDS [parse]]]</pre>
 *
 * LISTFILE as written by {@code cpython_compile.py list}; CLASSES_A/B are copies of
 * target/classes (or jars) of the two builds. Prints each round, the min/median per build and the
 * median of the per-iteration ratios B/A. With {@code parse} as the sixth argument only the parser
 * is timed (Parser.parse of every file: tokenizer, parser and AST), a steadier view of a
 * parser-only change than the whole compiler.
 */
public class CompileAB {
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java CompileAB.java LISTFILE CLASSES_A CLASSES_B [WARMUP [ROUNDS]]");
            System.exit(2);
        }
        List<String> names = new ArrayList<>();
        List<byte[]> sources = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isEmpty()) continue;
            names.add(line);
            sources.add(Files.readAllBytes(Path.of(line)));
        }
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 6;
        boolean parseOnly = args.length > 5 && args[5].equals("parse");
        Runner[] compileAll = {load(args[1], parseOnly), load(args[2], parseOnly)};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] seconds = new double[2][rounds];
        for (int i = 0; i < warmup + rounds; i++) {
            for (int k = 0; k < 2; k++) {
                int build = i % 2 == 0 ? k : 1 - k;   // alternate which build goes first
                long start = threads.getCurrentThreadCpuTime();
                compileAll[build].run(names, sources);
                double s = (threads.getCurrentThreadCpuTime() - start) / 1e9;
                System.out.printf("%s %s %.3f s%n", i < warmup ? "warm-up" : "round", "AB".charAt(build), s);
                if (i >= warmup) seconds[build][i - warmup] = s;
            }
        }
        for (int build = 0; build < 2; build++) {
            double[] sorted = seconds[build].clone();
            Arrays.sort(sorted);
            System.out.printf("%s: thread CPU min %.3f s, median %.3f s%n", "AB".charAt(build), sorted[0], sorted[rounds / 2]);
        }
        // B/A of the two runs of one iteration: both saw about the same load, so these ratios
        // are steadier than the ratio of the medians when the load changes during the run
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) ratios[r] = seconds[1][r] / seconds[0][r];
        Arrays.sort(ratios);
        System.out.printf("B/A per iteration: median %.3f (min %.3f, max %.3f)%n", ratios[rounds / 2], ratios[0], ratios[rounds - 1]);
    }

    /** One timed round over all files. */
    private interface Runner {
        void run(List<String> names, List<byte[]> sources) throws Exception;
    }

    /**
     * CompileBench.compileAll(names, sources) of one build, in a class loader of its own; with
     * {@code parseOnly}, Parser.parse of each file instead (syntax errors are counted as done).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Runner load(String classes, boolean parseOnly) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(classes).toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        if (parseOnly) {
            Class<?> parser = loader.loadClass("org.ember.parser.Parser");
            Class<? extends Enum> modes = (Class<? extends Enum>) loader.loadClass("org.ember.parser.Parser$Mode");
            Object exec = Enum.valueOf(modes, "EXEC");
            Method parse = parser.getDeclaredMethod("parse", byte[].class, String.class, modes, boolean.class);
            return (names, sources) -> {
                for (int i = 0; i < sources.size(); i++) {
                    try {
                        parse.invoke(null, sources.get(i), names.get(i), exec, false);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        if (!e.getCause().getClass().getSimpleName().equals("ParseError")) throw e;
                    }
                }
            };
        }
        Method method = loader.loadClass("org.ember.tools.CompileBench").getDeclaredMethod("compileAll", List.class, List.class);
        method.setAccessible(true);
        return (names, sources) -> method.invoke(null, names, sources);
    }
}
