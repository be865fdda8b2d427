package org.ember.compiler;

import org.ember.util.LargeStack;

import java.util.ArrayList;
import java.util.List;

import org.ember.bytecode.RawCode;
import org.ember.parser.Ast;

/**
 * The whole compiler: symbol table → code generator → back end (flow graph, optimizer,
 * assembler). Errors are ParseErrors (SyntaxError) with CPython's messages and positions;
 * CompilerError for constructs the code generator does not support yet.
 */
public final class Compiler {
    private Compiler() {}

    /** {@code optimize}: 0 normal, 1 drops asserts, 2 also docstrings (python -O / -OO). */
    public static RawCode compile(Ast.Mod module, String filename, int optimize) {
        return compile(module, filename, optimize, new ArrayList<>());
    }

    /**
     * {@link #compile(Ast.Mod, String, int)} that adds the compiler's SyntaxWarnings (in CPython's
     * order) to {@code warnings}, for the caller to issue through the warnings machinery.
     */
    public static RawCode compile(Ast.Mod module, String filename, int optimize,
                                  List<org.ember.parser.Tokenizer.Warning> warnings) {
        return compile(module, filename, optimize, warnings, SymbolTable.Options.DEFAULT);
    }

    /** As {@link #compile(Ast.Mod, String, int, List)}, with compile()'s flags for the symbol table. */
    public static RawCode compile(Ast.Mod module, String filename, int optimize,
                                  List<org.ember.parser.Tokenizer.Warning> warnings, SymbolTable.Options options) {
        List<org.ember.parser.Tokenizer.Warning> found = new ArrayList<>();
        FinallyControlFlow.check(module, filename, found);   // PEP 765, before the symbol table as in CPython
        int preprocessed = found.size();
        SymbolTable symbols = SymbolTable.build(module, filename, options);
        try {
            RawCode code = generateAndAssemble(module, symbols, filename, optimize, found);
            warnings.addAll(found);
            return code;
        } catch (StackOverflowError e) {
            // the tree's depth is bounded by the parser and the symbol table, but the caller's
            // stack may be too small for it: retry on a thread with a large stack
            found.subList(preprocessed, found.size()).clear();
            RawCode code = onLargeStack(module, symbols, filename, optimize, found);
            warnings.addAll(found);
            return code;
        }
    }

    private static RawCode generateAndAssemble(Ast.Mod module, SymbolTable symbols, String filename, int optimize,
                                               List<org.ember.parser.Tokenizer.Warning> warnings) {
        CodegenUnit top = CodeGenerator.generate(module, symbols, filename, optimize, warnings);
        return assemble(top, filename);
    }

    private static RawCode onLargeStack(Ast.Mod module, SymbolTable symbols, String filename, int optimize,
                                        List<org.ember.parser.Tokenizer.Warning> warnings) {
        return LargeStack.call("ember-codegen", () -> generateAndAssemble(module, symbols, filename, optimize, warnings),
                CompilerRecursionError::new);
    }

    /**
     * Assembles a unit after its nested units (their RawCode becomes its constants); a unit
     * reached twice (a comprehension compiled twice) is assembled once.
     */
    static RawCode assemble(CodegenUnit unit, String filename) {
        if (unit.assembled != null) return unit.assembled;
        List<Object> consts = new ArrayList<>(unit.consts.size());
        for (Object value : unit.consts) {
            consts.add(value instanceof CodegenUnit.CodeConst code ? assemble(code.unit, filename) : value);
        }
        unit.assembled = BackEnd.compile(unit.seq, consts, CodeGenerator.metadata(unit, filename, unit.flags));
        return unit.assembled;
    }
}
