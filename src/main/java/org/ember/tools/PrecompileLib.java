package org.ember.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ember.bytecode.RawCode;
import org.ember.compiler.Compiler;
import org.ember.interp.LibraryCache;
import org.ember.parser.Parser;
import org.ember.parser.Tokenizer;

/**
 * The build step that precompiles Ember's own Python library (see {@link LibraryCache}): for every
 * {@code .py} file under LIBDIR (Maven runs it on {@code target/classes/lib} in the
 * {@code process-classes} phase) it writes {@code __pycache__/NAME.ember-314.pyc} beside the file,
 * unless the entry there already holds this source compiled by this compiler. A module that does
 * not compile gets no entry (its import then reports the error as usual).
 *
 * <p>Usage: {@code java -cp target/classes org.ember.tools.PrecompileLib LIBDIR}.
 */
public final class PrecompileLib {
    private PrecompileLib() {}

    /** The compiler recurses deeply on nested code: the same stack bin/ember gives it. */
    private static final long STACK_SIZE = 16L << 20;

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: PrecompileLib LIBDIR");
            System.exit(2);
        }
        Path lib = Path.of(args[0]);
        int[] counts = new int[3];   // written, unchanged, failed
        Exception[] failure = new Exception[1];
        Thread worker = new Thread(null, () -> {
            try {
                for (Path source : sources(lib)) counts[precompile(lib, source)]++;
            } catch (IOException e) {
                failure[0] = e;
            }
        }, "precompile-lib", STACK_SIZE);
        worker.start();
        worker.join();
        if (failure[0] != null) throw failure[0];
        System.out.printf("ember: precompiled library: %d written, %d unchanged, %d not compilable%n",
                counts[0], counts[1], counts[2]);
    }

    private static List<Path> sources(Path lib) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(lib)) {
            files.filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p)).sorted().forEach(out::add);
        }
        return out;
    }

    /** Brings one file's entry up to date; answers 0 written, 1 unchanged, 2 not compilable. */
    private static int precompile(Path lib, Path sourceFile) throws IOException {
        String relative = lib.relativize(sourceFile).toString().replace(java.io.File.separatorChar, '/');
        Path entry = lib.resolve(LibraryCache.entryName(relative).substring("lib/".length()));
        byte[] source = Files.readAllBytes(sourceFile);
        if (Files.isRegularFile(entry) && LibraryCache.isCurrent(Files.readAllBytes(entry), source)) return 1;
        RawCode code;
        try {
            String file = "lib/" + relative;   // co_filename is replaced by the real path at import
            code = Compiler.compile(Parser.parse(Tokenizer.decode(source, file), file, Parser.Mode.EXEC, false), file, 0);
        } catch (RuntimeException | StackOverflowError e) {
            Files.deleteIfExists(entry);
            System.err.println("ember: cannot precompile lib/" + relative + ": " + e);
            return 2;
        }
        Files.createDirectories(entry.getParent());
        Path tmp = entry.resolveSibling(entry.getFileName() + ".tmp");
        Files.write(tmp, LibraryCache.encode(code, source));
        Files.move(tmp, entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return 0;
    }
}
