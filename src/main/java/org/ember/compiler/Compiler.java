package org.ember.compiler;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
        SymbolTable symbols = SymbolTable.build(module, filename);
        try {
            return generateAndAssemble(module, symbols, filename, optimize);
        } catch (StackOverflowError e) {
            // the tree's depth is bounded by the parser and the symbol table, but the caller's
            // stack may be too small for it: retry on a thread with a large stack
            return onLargeStack(module, symbols, filename, optimize);
        }
    }

    private static RawCode generateAndAssemble(Ast.Mod module, SymbolTable symbols, String filename, int optimize) {
        CodegenUnit top = CodeGenerator.generate(module, symbols, filename, optimize);
        return assemble(top, filename, new IdentityHashMap<>());
    }

    private static final long LARGE_STACK_BYTES = 512L * 1024 * 1024;

    private static RawCode onLargeStack(Ast.Mod module, SymbolTable symbols, String filename, int optimize) {
        RawCode[] result = new RawCode[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = generateAndAssemble(module, symbols, filename, optimize);
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (StackOverflowError e) {
                failure[0] = new CompilerRecursionError();
            }
        }, "ember-codegen", LARGE_STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (failure[0] != null) throw failure[0];
        return result[0];
    }

    /** Assembles a unit after its nested units (their RawCode becomes its constants). */
    static RawCode assemble(CodegenUnit unit, String filename, Map<CodegenUnit, RawCode> done) {
        RawCode known = done.get(unit);
        if (known != null) return known;
        List<Object> consts = new ArrayList<>();
        for (Object value : unit.consts) {
            consts.add(value instanceof CodegenUnit.CodeConst code ? assemble(code.unit, filename, done) : value);
        }
        RawCode code = BackEnd.compile(unit.seq, consts, CodeGenerator.metadata(unit, filename, unit.flags));
        done.put(unit, code);
        return code;
    }
}
