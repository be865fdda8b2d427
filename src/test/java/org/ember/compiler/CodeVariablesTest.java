package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.ember.parser.Ast;
import org.ember.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the code generator will take from the symbol table, against CPython 3.14's code objects
 * for the corpus programs (NAME.vars, recorded by tools/dump-code-vars.py): for every code
 * object, some block must have the same parameters, cell variables and free variables.
 *
 * <p>Cells are compared as sorted sets: CPython's final {@code co_cellvars} order comes from the
 * assembler's locals layout (a parameter that is a cell keeps its parameter slot), not from the
 * symbol table. Free variables are compared in order.
 */
class CodeVariablesTest {
    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(SymbolTableCorpusTest.CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".vars")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void everyCodeObjectHasItsBlock(String varsFile) throws IOException {
        Path corpus = SymbolTableCorpusTest.CORPUS;
        String source = Files.readString(corpus.resolve(varsFile.replace(".vars", ".py")), StandardCharsets.UTF_8);
        List<String> expected = Files.readAllLines(corpus.resolve(varsFile), StandardCharsets.UTF_8);
        String missing = missingCodeObjects(source.getBytes(StandardCharsets.UTF_8), varsFile, expected);
        assertTrue(missing == null, missing);
    }

    /** Null when every recorded code object has its block, else a description of the first that has none. */
    static String missingCodeObjects(byte[] source, String filename, List<String> expected) {
        if (expected.isEmpty() || expected.getFirst().startsWith("SyntaxError")) return null;
        SymbolTable table = SymbolTable.build(Parser.parse(source, filename, Parser.Mode.EXEC, false), filename);
        List<String> actual = new ArrayList<>();
        collect(table, table.top(), null, actual);
        for (String line : expected) {
            String normalized = normalize(line);
            if (!actual.remove(normalized)) {
                return "no block gives " + normalized + " among " + actual;
            }
        }
        return null;
    }

    private static void collect(SymbolTable table, Block block, Block parent, List<String> out) {
        List<String> params = new ArrayList<>();
        for (String p : block.parameters()) {
            if (block.type() == BlockType.ANNOTATION && p.equals(".format")) {
                params.add("format"); // the code generator names the parameter "format"
            } else if (!p.equals(".defaults") || hasPositionalDefaults(block)) {
                params.add(p); // ".defaults" is passed only when the generic function has defaults
            }
        }
        List<String> frees = new ArrayList<>(block.freevars());
        if (block.type() == BlockType.ANNOTATION && parent.type() == BlockType.CLASS && parent.annotationBlock() == block
                && parent.hasConditionalAnnotations()) {
            // the code generator makes a class's __annotate__ read the class's set of executed annotations
            frees.add("__conditional_annotations__");
            frees.sort(null);
        }
        out.add(codeName(block) + " | " + String.join(" ", params) + " | "
                + String.join(" ", new TreeSet<>(block.cellvars())) + " | " + String.join(" ", frees));
        block.children().forEach(c -> collect(table, c, block, out));
        Block annotations = block.annotationBlock();
        if (annotations != null && !block.children().contains(annotations)
                && block.type() != BlockType.FUNCTION) {
            // with "from __future__ import annotations" the block is outside the tree, yet compiled
            collect(table, annotations, block, out);
        }
        if (table.future().annotations() && block.type() == BlockType.FUNCTION && block.node() instanceof Ast.Stmt def
                && (def instanceof Ast.FunctionDef || def instanceof Ast.AsyncFunctionDef)) {
            collect(table, table.signatureAnnotationsBlockFor(def), block, out); // likewise
        }
    }

    private static boolean hasPositionalDefaults(Block typeParams) {
        return switch (typeParams.node()) {
            case Ast.FunctionDef f -> !f.args().defaults().isEmpty();
            case Ast.AsyncFunctionDef f -> !f.args().defaults().isEmpty();
            default -> false;
        };
    }

    /** The co_name CPython gives the code object of a block. */
    private static String codeName(Block block) {
        return switch (block.type()) {
            case MODULE -> "<module>";
            case TYPE_PARAMETERS -> "<generic parameters of " + block.name() + ">";
            case FUNCTION -> switch (block.name()) {
                case "lambda", "genexpr", "listcomp", "setcomp", "dictcomp" ->
                        block.comprehension() != ComprehensionKind.NONE || block.name().equals("lambda")
                                ? "<" + block.name() + ">" : block.name();
                default -> block.name();
            };
            default -> block.name();
        };
    }

    /** Sorts the cell list of a recorded line. */
    private static String normalize(String line) {
        String[] parts = line.split(" \\| ", -1);
        String cells = parts[2].isBlank() ? "" : String.join(" ", new TreeSet<>(List.of(parts[2].trim().split(" "))));
        return parts[0] + " | " + parts[1].trim() + " | " + cells + " | " + parts[3].trim();
    }
}
