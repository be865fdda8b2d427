package org.ember.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.ember.bytecode.CodeSerializer;
import org.ember.compiler.Compiler;
import org.ember.compiler.CompilerError;
import org.ember.parser.ParseError;
import org.ember.parser.Parser;

/**
 * Proves that a compiler change leaves the output unchanged: compiles every file of LISTFILE
 * (as {@code bench/run-compile} does) and prints one line per file, its name and the SHA-256 of
 * its serialized code object (or the error it raised). Diff the output of two builds.
 *
 * <p>Usage: {@code java -cp target/ember.jar org.ember.tools.CompileHash LISTFILE > hashes.txt}.
 */
public final class CompileHash {
    private CompileHash() {}

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        if (args.length != 1) {
            System.err.println("usage: CompileHash LISTFILE");
            System.exit(2);
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        StringBuilder out = new StringBuilder();
        for (String name : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (name.isEmpty()) continue;
            byte[] source = Files.readAllBytes(Path.of(name));
            String digest;
            try {
                var code = Compiler.compile(Parser.parse(source, name, Parser.Mode.EXEC, false), name, 0);
                digest = HexFormat.of().formatHex(sha.digest(CodeSerializer.write(code)));
            } catch (ParseError | CompilerError e) {
                digest = "error " + e.getMessage();
            } catch (IllegalArgumentException e) {
                digest = "not serializable: " + e.getMessage(); // e.g. a lone surrogate in a constant
            }
            out.append(name).append(' ').append(digest).append('\n');
        }
        System.out.print(out);
    }
}
