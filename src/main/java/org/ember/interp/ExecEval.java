package org.ember.interp;

import org.ember.bytecode.RawCode;
import org.ember.compiler.Compiler;
import org.ember.compiler.CompilerError;
import org.ember.parser.Ast;
import org.ember.parser.ParseError;
import org.ember.parser.Parser;
import org.ember.runtime.Abstract;
import org.ember.runtime.Errors;
import org.ember.runtime.PyCell;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyFunction;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;

/**
 * The builtins {@code compile}, {@code exec} and {@code eval}, with CPython 3.13's argument
 * rules and messages. Source strings are compiled by Ember's own front end; code runs in a new
 * frame whose locals are the given mapping (module semantics), or, for a code object with free
 * variables, a function made with the given closure.
 */
public final class ExecEval {
    private ExecEval() {}

    /** compile() flag bits CPython accepts (ast.PyCF_* and the __future__ feature flags). */
    public static final int PyCF_ONLY_AST = 0x400, PyCF_TYPE_COMMENTS = 0x1000,
            PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000, PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000,
            PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST, PyCF_DONT_IMPLY_DEDENT = 0x200,
            PyCF_SOURCE_IS_UTF8 = 0x100;
    /**
     * CPython's PyCF_MASK: the CO_FUTURE_* flags of __future__'s features (division ..
     * generator_stop, annotations). compile() copies them into co_flags, and compile/exec/eval
     * inherit them from the calling code's co_flags.
     */
    private static final int FUTURE_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000
            | 0x400000 | 0x800000 | 0x1000000;
    /** nested_scopes' compiler_flag (CO_NESTED) is accepted too, and ignored. */
    private static final int FUTURE_FLAGS = 0x0010 | FUTURE_MASK;
    private static final int ALLOWED_FLAGS = FUTURE_FLAGS | PyCF_ONLY_AST | PyCF_TYPE_COMMENTS
            | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_OPTIMIZED_AST
            | PyCF_DONT_IMPLY_DEDENT;

    /**
     * compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): unless
     * dont_inherit is true, the caller's future features apply too (CPython's
     * PyEval_MergeCompilerFlags).
     */
    public static Object compile(Object source, Object filename, Object mode, Object flags, Object dontInherit,
                                 Object optimize) {
        return compile(source, filename, mode, flags, optimize, dontInherit == null || !Abstract.isTrue(dontInherit));
    }

    /** The CO_FUTURE_* flags of the calling Python code (0 outside any frame). */
    private static int callerFutureFlags() {
        Frame f = Frames.current();
        return f == null ? 0 : f.code.flags() & FUTURE_MASK;
    }

    /** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1). */
    public static Object compile(Object source, Object filename, Object mode, Object flags, Object optimize) {
        return compile(source, filename, mode, flags, optimize, false);
    }

    private static Object compile(Object source, Object filename, Object mode, Object flags, Object optimize,
                                  boolean inherit) {
        String file = fsPath(filename);
        if (!(mode instanceof PyStr modeStr)) throw Errors.mustBe("compile() argument 'mode'", "str", mode);
        int flagBits = flags == null ? 0 : intArg(flags);
        int level = optimize == null ? -1 : intArg(optimize);
        if ((flagBits & ~ALLOWED_FLAGS) != 0) throw Errors.valueError("compile(): unrecognised flags");
        if (level < -1 || level > 2) throw Errors.valueError("compile(): invalid optimize value");
        if (inherit) flagBits |= callerFutureFlags();
        Parser.Mode parseMode = switch (modeStr.value()) {
            case "exec" -> Parser.Mode.EXEC;
            case "eval" -> Parser.Mode.EVAL;
            case "single" -> Parser.Mode.SINGLE;
            case "func_type" -> {
                if ((flagBits & PyCF_ONLY_AST) == 0) {
                    throw Errors.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
                }
                yield Parser.Mode.FUNC_TYPE;
            }
            default -> throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        };
        if (org.ember.modules.AstBridge.isAst(source)) {
            Ast.Mod tree = org.ember.modules.AstBridge.toRecords(source, modeStr.value());
            if ((flagBits & PyCF_ONLY_AST) != 0) return source;
            return new PyCode(compileTree(tree, file, Math.max(level, 0), symbolTableOptions(flagBits)));
        }
        String text = sourceText(source, file, "compile() arg 1 must be a string, bytes or AST object");
        int inputFlags = parserInputFlags(flagBits);
        if ((flagBits & PyCF_ONLY_AST) != 0) {
            return org.ember.modules.AstBridge.toPython(parseTree(text, file, parseMode, (flagBits & PyCF_TYPE_COMMENTS) != 0, inputFlags));
        }
        return new PyCode(compileSource(text, file, parseMode, Math.max(level, 0), inputFlags, symbolTableOptions(flagBits)));
    }

    /** CO_FUTURE_ANNOTATIONS given to compile() acts as "from __future__ import annotations". */
    private static org.ember.compiler.SymbolTable.Options symbolTableOptions(int flagBits) {
        boolean annotations = (flagBits & CO_FUTURE_ANNOTATIONS) != 0;
        int future = flagBits & FUTURE_MASK;
        return annotations || future != 0 ? new org.ember.compiler.SymbolTable.Options(annotations, false, future)
                : org.ember.compiler.SymbolTable.Options.DEFAULT;
    }

    private static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    /** compile()'s flags that change how the parser reads the end of the input (codeop's). */
    private static int parserInputFlags(int flagBits) {
        return ((flagBits & PyCF_ALLOW_INCOMPLETE_INPUT) != 0 ? Parser.ALLOW_INCOMPLETE_INPUT : 0)
                | ((flagBits & PyCF_DONT_IMPLY_DEDENT) != 0 ? Parser.DONT_IMPLY_DEDENT : 0);
    }

    /**
     * The source text: a str as it is; a bytes-like object decoded as a source file is (UTF-8, a
     * BOM or a coding cookie), as CPython's compile/exec/eval do. {@code typeError} otherwise.
     */
    private static String sourceText(Object source, String file, String typeError) {
        if (source instanceof PyStr text) return text.value();
        byte[] bytes = org.ember.runtime.PyBuffer.bytesOf(source);
        if (bytes == null) throw Errors.typeError(typeError);
        for (byte b : bytes) {
            if (b == 0) throw Errors.of(org.ember.runtime.Exceptions.SyntaxError, "source code string cannot contain null bytes");
        }
        try {
            return org.ember.parser.Tokenizer.decode(bytes, file);
        } catch (ParseError e) {
            throw Importer.syntaxError(e, file);
        }
    }

    /** compile(..., PyCF_ONLY_AST): the parser's tree; syntax errors become Python SyntaxErrors. */
    private static Ast.Mod parseTree(String source, String file, Parser.Mode mode, boolean typeComments, int inputFlags) {
        if (source.indexOf('\0') >= 0) {
            throw Errors.of(org.ember.runtime.Exceptions.SyntaxError, "source code string cannot contain null bytes");
        }
        try {
            return Importer.parseIssuingWarnings(source, file, mode, typeComments, inputFlags);
        } catch (ParseError e) {
            throw Importer.syntaxError(withoutImpliedNewline(e, source, mode), file);
        }
    }

    /** compile() of an AST object: the tree the ast module's classes held, compiled. */
    private static RawCode compileTree(Ast.Mod tree, String file, int optimize) {
        return compileTree(tree, file, optimize, org.ember.compiler.SymbolTable.Options.DEFAULT);
    }

    private static RawCode compileTree(Ast.Mod tree, String file, int optimize, org.ember.compiler.SymbolTable.Options options) {
        try {
            return Importer.compileIssuingWarnings(tree, file, optimize, options);
        } catch (ParseError e) {
            throw Importer.compileError(e, file);
        } catch (CompilerError e) {
            throw Errors.systemError("cannot compile %s yet: %s", file, e.getMessage());
        }
    }

    /** Parses and compiles source text; syntax errors become Python SyntaxErrors. */
    public static RawCode compileSource(String source, String file, Parser.Mode mode, int optimize) {
        return compileSource(source, file, mode, optimize, 0);
    }

    /** {@link #compileSource(String, String, Parser.Mode, int)} with the parser's input flags. */
    static RawCode compileSource(String source, String file, Parser.Mode mode, int optimize, int inputFlags) {
        return compileSource(source, file, mode, optimize, inputFlags, org.ember.compiler.SymbolTable.Options.DEFAULT);
    }

    private static RawCode compileSource(String source, String file, Parser.Mode mode, int optimize, int inputFlags,
                                         org.ember.compiler.SymbolTable.Options options) {
        if (source.indexOf('\0') >= 0) {
            throw Errors.of(org.ember.runtime.Exceptions.SyntaxError, "source code string cannot contain null bytes");
        }
        Ast.Mod tree;
        try {
            tree = Importer.parseIssuingWarnings(source, file, mode, false, inputFlags);
        } catch (ParseError e) {
            throw Importer.syntaxError(withoutImpliedNewline(e, source, mode), file);
        }
        return compileTree(tree, file, optimize, options);
    }

    /**
     * Only exec mode adds a newline to source text that does not end with one: in eval and
     * single mode CPython's error text for the last line has none.
     */
    private static ParseError withoutImpliedNewline(ParseError e, String source, Parser.Mode mode) {
        if (mode == Parser.Mode.EXEC || source.endsWith("\n") || e.text == null || !e.text.endsWith("\n")) return e;
        long lines = source.chars().filter(c -> c == '\n').count() + 1;
        if (e.lineno != lines) return e;
        return new ParseError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.endLineno, e.endOffset,
                e.text.substring(0, e.text.length() - 1));
    }

    /** exec(source, globals=None, locals=None, *, closure=None). */
    public static Object exec(Object source, Object globals, Object locals, Object closure) {
        PyDict g = execGlobals(globals);
        Object l = resolveLocals(g, globals, locals, "locals must be a mapping or None, not %s", true);
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
        } else {
            if (closure != null && closure != PyNone.NONE) {
                throw Errors.typeError("closure can only be used when source is a code object");
            }
            String text = sourceText(source, "<string>", "exec() arg 1 must be a string, bytes or code object");
            code = new PyCode(compileSource(text, "<string>", Parser.Mode.EXEC, 0, 0, symbolTableOptions(callerFutureFlags())));
        }
        run(code, g, l, closure == PyNone.NONE ? null : closure);
        return PyNone.NONE;
    }

    /** eval(source, /, globals=None, locals=None). */
    public static Object eval(Object source, Object globals, Object locals) {
        Object originalGlobals = globals;
        globals = dictPart(globals);
        if (globals != null && globals != PyNone.NONE && !(globals instanceof PyDict)) {
            throw Errors.typeError(isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict");
        }
        if (locals != null && locals != PyNone.NONE && !isMapping(locals)) throw Errors.typeError("locals must be a mapping");
        PyDict g = globals instanceof PyDict d ? withOwner(d, originalGlobals) : callerGlobals();
        Object l = resolveLocals(g, originalGlobals, locals, null, false);
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
            if (freeCount(code) > 0) {
                throw Errors.typeError("code object passed to eval() may not contain free variables");
            }
        } else {
            String text = sourceText(source, "<string>", "eval() arg 1 must be a string, bytes or code object");
            code = new PyCode(compileSource(stripLeadingBlanks(text), "<string>", Parser.Mode.EVAL, 0, 0,
                    symbolTableOptions(callerFutureFlags())));
        }
        return run(code, g, l, null);
    }

    /** Records the dict-subclass instance {@code d} is the storage of (PyDict.mappingOwner). */
    private static PyDict withOwner(PyDict d, Object given) {
        if (given != d && given != null) d.mappingOwner = given;
        return d;
    }

    /** A dict subclass instance stands for its dict part (CPython's PyDict_Check accepts subclasses). */
    private static Object dictPart(Object o) {
        return o != null && Abstract.builtinPart(o) instanceof PyDict d ? d : o;
    }

    private static PyDict execGlobals(Object globals) {
        if (globals == null || globals == PyNone.NONE) return callerGlobals();
        if (dictPart(globals) instanceof PyDict d) return withOwner(d, globals);
        throw Errors.typeError("exec() globals must be a dict, not %s", Abstract.typeName(globals));
    }

    /**
     * The locals: the given mapping; else, with explicit globals, the globals; else the caller's
     * locals (PEP 667: a snapshot in a function, so assignments do not reach its variables).
     */
    private static Object resolveLocals(PyDict g, Object globals, Object locals, String message, boolean check) {
        if (locals != null && locals != PyNone.NONE) {
            if (check && !isMapping(locals)) throw Errors.typeError(message, Abstract.typeName(locals));
            return locals;
        }
        // the globals as given: a dict subclass's own __getitem__ serves LOAD_NAME/STORE_NAME
        if (globals != null && globals != PyNone.NONE) return g.mappingOwner == globals ? globals : g;
        Object callers = Frames.locals();
        return callers == PyNone.NONE ? g : callers;
    }

    private static PyDict callerGlobals() {
        Object g = Frames.globals();
        if (!(g instanceof PyDict d)) throw Errors.systemError("globals and locals cannot be NULL");
        return d;
    }

    /** CPython's PyMapping_Check: the type can be subscripted. */
    static boolean isMapping(Object o) {
        return Abstract.typeOf(o).getitem != null;
    }

    /** eval() ignores leading spaces and tabs of a source string. */
    private static String stripLeadingBlanks(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        return s.substring(i);
    }

    /**
     * Runs {@code code} with the given namespaces. A globals dict without {@code __builtins__}
     * gets the caller's builtins dict inserted (as CPython does); the frame's builtins come from
     * it (a module's dict, or the mapping itself).
     */
    private static Object run(PyCode code, PyDict globals, Object locals, Object closure) {
        PyStr builtinsKey = new PyStr("__builtins__");
        if (globals.getItem(builtinsKey) == null) {
            PyDict current = Frames.builtins();
            globals.setItem(builtinsKey, current != null ? current : org.ember.runtime.ThreadState.current().interpreter().builtins);
        }
        PyDict builtins = builtinsOf(globals.getItem(builtinsKey));
        int free = freeCount(code);
        PyFunction function = null;
        if (closure != null || free > 0) function = withClosure(code, globals, builtins, closure, free);
        return Eval.runCounted(new Frame(code, globals, builtins, locals, function));
    }

    private static PyDict builtinsOf(Object value) {
        if (value instanceof PyModule m) return m.dict();
        if (value instanceof PyDict d) return d;
        if (Abstract.builtinPart(value) instanceof PyDict d) return withOwner(d, value);
        // any other mapping (a mappingproxy): names are looked up through it; an empty dict stands in
        if (isMapping(value)) return withOwner(new PyDict(), value);
        return org.ember.runtime.ThreadState.current().interpreter().builtins;
    }

    /** A function standing for the exec'd code so COPY_FREE_VARS finds the closure's cells. */
    private static PyFunction withClosure(PyCode code, PyDict globals, PyDict builtins, Object closure, int free) {
        if (free == 0) throw Errors.typeError("cannot use a closure with this code object");
        boolean ok = closure instanceof PyTuple cells && cells.size() == free;
        for (int i = 0; ok && i < free; i++) ok = ((PyTuple) closure).get(i) instanceof PyCell;
        if (!ok) throw Errors.typeError("code object requires a closure of exactly length %d", free);
        PyTuple cells = (PyTuple) closure;
        PyFunction f = new PyFunction(code, globals, builtins);
        f.closure = cells;
        return f;
    }

    private static int freeCount(PyCode code) {
        int count = 0;
        for (byte kind : code.raw.localsPlusKinds()) if ((kind & RawCode.KIND_FREE) != 0) count++;
        return count;
    }

    private static int intArg(Object o) {
        PyInt i = PyInt.asInt(Abstract.index(o));
        if (!i.fitsInt()) throw Errors.overflowError("Python int too large to convert to C int");
        return (int) i.longValue();
    }

    /** A file name argument: str (or an os.PathLike's __fspath__ str). */
    private static String fsPath(Object filename) {
        if (filename instanceof PyStr s) return s.value();
        Object fspath = Abstract.typeOf(filename).lookup("__fspath__");
        if (fspath != null) {
            Object path = Abstract.callMethod(fspath, filename);
            if (path instanceof PyStr s) return s.value();
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", Abstract.typeName(filename));
    }
}
