package org.ember.compiler;

import java.util.ArrayList;
import java.util.List;

import org.ember.bytecode.ConstTuple;
import org.ember.bytecode.Opcode;
import org.ember.bytecode.Oparg;
import org.ember.parser.Ast;

/**
 * The code generator: AST + symbol table → one instruction sequence per code unit, as CPython
 * 3.14's Python/codegen.c emits it before optimization. This class handles scopes (module,
 * functions, lambdas, classes); {@link StatementCodegen} and {@link ExpressionCodegen} the rest.
 */
public final class CodeGenerator extends PatternCodegen {
    /** CO_* flags. */
    static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
            CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_COROUTINE = 0x80, CO_ASYNC_GENERATOR = 0x200,
            CO_HAS_DOCSTRING = 0x4000000, CO_METHOD = 0x8000000,
            CO_FUTURE_BARRY_AS_BDFL = 0x400000, CO_FUTURE_ANNOTATIONS = 0x1000000;

    /** What kind of code unit is being generated (CPython's COMPILE_SCOPE_*). */
    enum ScopeKind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    private CodeGenerator(SymbolTable symbols, String filename, int optimize) {
        super(symbols, filename, optimize);
    }

    /** Generates the module's unit and, nested in it, every other unit. */
    static CodegenUnit generate(Ast.Mod module, SymbolTable symbols, String filename, int optimize) {
        return generate(module, symbols, filename, optimize, new java.util.ArrayList<>());
    }

    /** {@link #generate} that adds the SyntaxWarnings found to {@code warnings}. */
    static CodegenUnit generate(Ast.Mod module, SymbolTable symbols, String filename, int optimize,
                                List<org.ember.parser.Tokenizer.Warning> warnings) {
        CodeGenerator generator = new CodeGenerator(symbols, filename, optimize);
        CodegenUnit unit = generator.module(module);
        warnings.addAll(generator.warnings);
        return unit;
    }

    // ---- units ---------------------------------------------------------------------------------

    private CodegenUnit enterScope(String name, ScopeKind kind, Block block, int firstLineno, String privateName) {
        String qualname = qualname(name, kind);
        CodegenUnit created = new CodegenUnit(block, name, qualname, firstLineno, privateName);
        if (unit != null) {
            unit.children.add(created);
            units.push(unit);
        }
        unit = created;
        Location loc = kind == ScopeKind.MODULE
                ? new Location(0, firstLineno, 0, 0)
                : new Location(firstLineno, firstLineno, 0, 0);
        op(Opcode.RESUME, Oparg.RESUME_AT_FUNC_START, loc);
        if (kind == ScopeKind.MODULE) op(Opcode.ANNOTATIONS_PLACEHOLDER, loc);
        return created;
    }

    private void exitScope() {
        unit = units.isEmpty() ? null : units.pop();
    }

    /** CPython's compiler_set_qualname. */
    private String qualname(String name, ScopeKind kind) {
        if (unit == null || unit.block.type() == BlockType.MODULE) return name;
        if (unit.block.type() == BlockType.TYPE_PARAMETERS || unit.block.type() == BlockType.ANNOTATION) {
            // a generic definition's name is qualified by the scope around its type parameters,
            // and a lambda in an annotation by the scope around the __annotate__ function
            CodegenUnit parent = units.peek();
            if (parent == null || parent.block.type() == BlockType.MODULE) return name;
            return qualnameUnder(parent, name, kind);
        }
        return qualnameUnder(unit, name, kind);
    }

    private static String qualnameUnder(CodegenUnit parent, String name, ScopeKind kind) {
        if (parent.block.type() == BlockType.MODULE) return name;
        if (kind == ScopeKind.FUNCTION || kind == ScopeKind.ASYNC_FUNCTION || kind == ScopeKind.CLASS) {
            String mangled = Mangling.mangle(parent.privateName, name);
            if (parent.block.scope(mangled) == NameScope.GLOBAL_EXPLICIT) return name;
        }
        String base = parent.qualname;
        if (parent.block.type() == BlockType.FUNCTION) base += ".<locals>";
        return base + "." + name;
    }

    /** The implicit "return None" at the end of a unit (CPython's _PyCodegen_AddReturnAtEnd). */
    private void returnNoneAtEnd() {
        loadConst(Ast.NONE, Location.NO_LOCATION);
        op(Opcode.RETURN_VALUE, Location.NO_LOCATION);
    }

    /** CO_* flags of the current unit (CPython's compute_code_flags). */
    private int codeFlags() {
        Block b = unit.block;
        int flags = 0;
        if (b.isFunctionLike()) {
            flags |= CO_NEWLOCALS | CO_OPTIMIZED;
            if (b.isNested()) flags |= CO_NESTED;
            if (b.isGenerator() && !b.isCoroutine()) flags |= CO_GENERATOR;
            if (!b.isGenerator() && b.isCoroutine()) flags |= CO_COROUTINE;
            if (b.isGenerator() && b.isCoroutine()) flags |= CO_ASYNC_GENERATOR;
            if (b.hasVarargs()) flags |= CO_VARARGS;
            if (b.hasVarkeywords()) flags |= CO_VARKEYWORDS;
            if (b.hasDocstring()) flags |= CO_HAS_DOCSTRING;
            if (b.isMethod()) flags |= CO_METHOD;
        }
        // future features that change compilation are recorded in every unit's flags
        if (symbols.future().has("barry_as_FLUFL")) flags |= CO_FUTURE_BARRY_AS_BDFL;
        if (symbols.future().annotations()) flags |= CO_FUTURE_ANNOTATIONS;
        flags |= symbols.future().passedFlags();
        return flags;
    }

    /** The metadata the back end needs for a finished unit. */
    static CodeUnitMetadata metadata(CodegenUnit u, String filename, int flags) {
        return new CodeUnitMetadata(u.name, u.qualname, filename, flags, u.argcount, u.posonlyargcount,
                u.kwonlyargcount, u.firstLineno, u.names.list(),
                u.varnames.list(), u.cellvars, u.freevars, u.everHidden);
    }

    // ---- module --------------------------------------------------------------------------------

    private CodegenUnit module(Ast.Mod mod) {
        Block block = symbols.blockFor(mod);
        CodegenUnit module = enterScope("<module>", ScopeKind.MODULE, block, 1, null);
        switch (mod) {
            case Ast.Module m -> moduleBody(m);
            case Ast.Interactive i -> {
                interactive = true;
                body(i.body(), true, i.body().isEmpty() ? new Location(1, 1, 0, 0) : loc(i.body().getFirst()));
            }
            case Ast.Expression e -> {
                visit(e.body());
                op(Opcode.RETURN_VALUE, loc(e.body()));
            }
            case Ast.FunctionType f -> throw new CompilerError("cannot compile a FunctionType");
        }
        if (!(mod instanceof Ast.Expression)) returnNoneAtEnd();
        module.flags = codeFlags();
        exitScope();
        return module;
    }

    /** CPython's _PyCodegen_Module: the __conditional_annotations__ set, the body, then its __annotate__ at the placeholder. */
    private void moduleBody(Ast.Module m) {
        List<Ast.Stmt> stmts = m.body();
        Location start = stmts.isEmpty() ? new Location(1, 1, 0, 0) : loc(stmts.getFirst());
        if (unit.block.hasConditionalAnnotations()) {
            op(Opcode.BUILD_SET, 0, start);
            nameOp("__conditional_annotations__", Ctx.STORE, start);
        }
        body(stmts, false, start);
        if (unit.deferredAnnotations.isEmpty()) return;
        int placeholder = placeholderIndex();
        InstructionSequence main = unit.seq;
        unit.seq = new InstructionSequence();
        try {
            deferredAnnotations(m, start);
        } finally {
            InstructionSequence annotationsCode = unit.seq;
            unit.seq = main;
            main.replaceWith(placeholder, annotationsCode);
        }
    }

    private int placeholderIndex() {
        InstructionSequence seq = unit.seq;
        for (int i = 0; i < seq.size(); i++) {
            if (seq.opcodeAt(i) == Opcode.ANNOTATIONS_PLACEHOLDER) return i;
        }
        throw new CompilerError("module without ANNOTATIONS_PLACEHOLDER");
    }

    /** CPython's _PyCodegen_Body: the docstring stored as __doc__, then the statements. */
    private void body(List<Ast.Stmt> stmts, boolean interactive, Location bodyLocation) {
        if (symbols.future().annotations() && unit.block.annotationsUsed()) {
            op(Opcode.SETUP_ANNOTATIONS, bodyLocation);
        }
        if (stmts.isEmpty()) return;
        int first = 0;
        if (!interactive && docstring(stmts) != null) {
            first = 1;
            if (optimize < 2) {
                Ast.Expr doc = ((Ast.ExprStmt) stmts.getFirst()).value();
                loadConst(cleanDoc(docstring(stmts)), loc(doc));
                nameOp("__doc__", Ctx.STORE, Location.NO_LOCATION);
            }
        }
        for (int i = first; i < stmts.size(); i++) visitStmt(stmts.get(i));
    }

    @Override
    void annAssign(Ast.AnnAssign s) {
        if (s.value() != null) {
            visit(s.value());
            visit(s.target());
        }
        switch (s.target()) {
            case Ast.Name n -> {
                if (s.simple() != 0 && !unit.block.isFunctionLike()) deferAnnotation(s);
            }
            case Ast.Attribute a -> {
                if (s.value() == null) checkAnnotationExpr(a.value());
            }
            case Ast.Subscript sub -> {
                if (s.value() == null) {
                    checkAnnotationExpr(sub.value());
                    checkAnnotationSubscript(sub.slice());
                }
            }
            default -> { }
        }
    }

    /** PEP 649: a module or class keeps simple annotations for its __annotate__; conditional ones are marked at run time. */
    private void deferAnnotation(Ast.AnnAssign s) {
        if (symbols.future().annotations()) {
            Location loc = loc(s);
            loadConst(AnnotationUnparser.unparse(s.annotation()), loc(s.annotation()));
            nameOp("__annotations__", Ctx.LOAD, loc);
            loadConst(mangle(((Ast.Name) s.target()).id()), loc);
            op(Opcode.STORE_SUBSCR, loc);
            return;
        }
        unit.deferredAnnotations.add(s);
        boolean module = unit.block.type() == BlockType.MODULE;
        if (module || unit.conditionalDepth > 0) {
            int index = (int) unit.conditionalIndexes.stream().filter(i -> i != null).count();
            unit.conditionalIndexes.add(index);
            Location loc = loc(s);
            if (module) nameOp("__conditional_annotations__", Ctx.LOAD, loc);
            else op(Opcode.LOAD_DEREF, unit.derefIndex("__conditional_annotations__"), loc);
            loadConst((long) index, loc);
            op(Opcode.SET_ADD, 1, loc);
            op(Opcode.POP_TOP, loc);
        } else {
            unit.conditionalIndexes.add(null);
        }
    }

    /** The __annotate__ of a module or class body's deferred annotations (CPython's codegen_process_deferred_annotations). */
    private void deferredAnnotations(Ast.Node owner, Location loc) {
        if (unit.deferredAnnotations.isEmpty()) return;
        Block block = symbols.annotationsBlockFor(owner);
        if (block == null) throw new CompilerError("no annotation block for deferred annotations");
        boolean isClass = unit.block.type() == BlockType.CLASS;
        List<Ast.AnnAssign> annotations = List.copyOf(unit.deferredAnnotations);
        List<Integer> indexes = new ArrayList<>(unit.conditionalIndexes);
        boolean conditional = indexes.stream().anyMatch(i -> i != null);
        CodegenUnit annotate = enterAnnotationsScope(block, loc);
        if (isClass && conditional && !annotate.freevars.contains("__conditional_annotations__")) {
            // the class's set of executed annotations reaches __annotate__ as a free variable
            annotate.freevars.add("__conditional_annotations__");
            annotate.freevars.sort(null);
        }
        op(Opcode.BUILD_MAP, 0, loc);
        for (int i = 0; i < annotations.size(); i++) {
            Ast.AnnAssign st = annotations.get(i);
            Location stLoc = loc(st);
            Label notSet = newLabel();
            Integer index = indexes.get(i);
            if (index != null) {
                loadConst((long) index, stLoc);
                if (isClass) op(Opcode.LOAD_DEREF, unit.derefIndex("__conditional_annotations__"), stLoc);
                else op(Opcode.LOAD_GLOBAL, Oparg.loadGlobal(unit.addName("__conditional_annotations__"), false), stLoc);
                op(Opcode.CONTAINS_OP, 0, stLoc);
                jump(Opcode.POP_JUMP_IF_FALSE, notSet, stLoc);
            }
            visit(st.annotation());
            op(Opcode.COPY, 2, stLoc);
            loadConst(mangle(((Ast.Name) st.target()).id()), stLoc);
            op(Opcode.STORE_SUBSCR, loc);
            place(notSet);
        }
        op(Opcode.RETURN_VALUE, loc);
        returnNoneAtEnd();
        annotate.flags = codeFlags();
        exitScope();
        makeClosure(loc, annotate, 0);
        nameOp(isClass ? "__annotate_func__" : "__annotate__", Ctx.STORE, loc);
    }

    /** Complex annotation targets without a value still evaluate their parts (CPython's check_ann_expr). */
    private void checkAnnotationExpr(Ast.Expr e) {
        visit(e);
        op(Opcode.POP_TOP, loc(e));
    }

    private void checkAnnotationSubscript(Ast.Expr e) {
        switch (e) {
            case Ast.Slice sl -> {
                if (sl.lower() != null) checkAnnotationExpr(sl.lower());
                if (sl.upper() != null) checkAnnotationExpr(sl.upper());
                if (sl.step() != null) checkAnnotationExpr(sl.step());
            }
            case Ast.Tuple t -> {
                for (Ast.Expr elt : t.elts()) checkAnnotationSubscript(elt);
            }
            default -> checkAnnotationExpr(e);
        }
    }

    static String docstring(List<Ast.Stmt> body) {
        if (!body.isEmpty() && body.getFirst() instanceof Ast.ExprStmt e
                && e.value() instanceof Ast.Constant c && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** CPython's _PyCompile_CleanDoc: tabs expanded, first line's indent and the common margin removed. */
    static String cleanDoc(String doc) {
        doc = expandTabs(doc);
        // over line ranges of the one string (docstrings are a good part of all source text:
        // no split into line strings)
        int length = doc.length();
        int firstEnd = lineEnd(doc, 0);
        int margin = Integer.MAX_VALUE;
        for (int start = firstEnd + 1; start <= length; start = lineEnd(doc, start) + 1) {
            int end = lineEnd(doc, start);
            int indent = leadingSpaces(doc, start, end);
            if (start + indent < end) margin = Math.min(margin, indent);
        }
        if (margin == Integer.MAX_VALUE) margin = 0;
        StringBuilder out = new StringBuilder(length);
        out.append(doc, leadingSpaces(doc, 0, firstEnd), firstEnd);
        for (int start = firstEnd + 1; start <= length; start = lineEnd(doc, start) + 1) {
            int end = lineEnd(doc, start);
            int cut = Math.min(margin, leadingSpaces(doc, start, end));
            out.append('\n').append(doc, start + cut, end);
        }
        return out.toString();
    }

    /** The index of the line break ending the line that starts at {@code start}, or the length. */
    private static int lineEnd(String doc, int start) {
        int end = doc.indexOf('\n', start);
        return end < 0 ? doc.length() : end;
    }

    private static int leadingSpaces(String doc, int start, int end) {
        int n = 0;
        while (start + n < end && doc.charAt(start + n) == ' ') n++;
        return n;
    }

    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) return s;
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                int spaces = 8 - column % 8;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                out.append(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return out.toString();
    }

    // ---- functions -----------------------------------------------------------------------------

    @Override
    void functionDef(Ast.Stmt s) {
        boolean isAsync = s instanceof Ast.AsyncFunctionDef;
        String name;
        Ast.Arguments args;
        List<Ast.Stmt> body;
        List<Ast.Expr> decorators;
        Ast.Expr returns;
        List<Ast.TypeParam> typeParams;
        if (s instanceof Ast.FunctionDef f) {
            name = f.name(); args = f.args(); body = f.body(); decorators = f.decorator_list();
            returns = f.returns(); typeParams = f.type_params();
        } else {
            Ast.AsyncFunctionDef f = (Ast.AsyncFunctionDef) s;
            name = f.name(); args = f.args(); body = f.body(); decorators = f.decorator_list();
            returns = f.returns(); typeParams = f.type_params();
        }
        Location loc = loc(s);
        int firstLineno = decorators.isEmpty() ? s.lineno() : decorators.getFirst().lineno();
        visitAll(decorators);
        int funcFlags = defaultArguments(loc, args);
        boolean generic = !typeParams.isEmpty();
        int typeParamArgs = 0;
        CodegenUnit typeParamsUnit = null;
        if (generic) {
            if (funcFlags != 0) typeParamArgs = 1;
            if ((funcFlags & Oparg.FUNCTION_DEFAULTS) != 0 && (funcFlags & Oparg.FUNCTION_KWDEFAULTS) != 0) typeParamArgs = 2;
            typeParamsUnit = enterScope("<generic parameters of " + name + ">", ScopeKind.FUNCTION,
                    symbols.typeParamsBlockFor(s), firstLineno, unit.privateName);
            typeParamsUnit.argcount = typeParamArgs;
            typeParams(typeParams);
            for (int i = 0; i < typeParamArgs; i++) op(Opcode.LOAD_FAST, i, loc);
        }
        funcFlags |= signatureAnnotations(s, loc, args, returns);
        CodegenUnit function = functionBody(s, name, args, body, isAsync, firstLineno);
        makeClosure(loc, function, funcFlags);
        if (generic) {
            op(Opcode.SWAP, 2, loc);
            op(Opcode.CALL_INTRINSIC_2, Oparg.INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
            finishTypeParams(typeParamsUnit, loc, typeParamArgs);
        }
        applyDecorators(decorators);
        nameOp(name, Ctx.STORE, loc);
    }

    /**
     * PEP 649: a function's parameter and return annotations become an {@code __annotate__(format)}
     * function returning the dict; returns the SET_FUNCTION_ATTRIBUTE flag for it, or 0.
     */
    private int signatureAnnotations(Ast.Stmt def, Location loc, Ast.Arguments args, Ast.Expr returns) {
        Block block = symbols.signatureAnnotationsBlockFor(def);
        if (block == null || !block.annotationsUsed() || !hasAnnotations(args, returns)) return 0;
        CodegenUnit annotate = enterAnnotationsScope(block, loc);
        int count = 0;
        count += argAnnotations(args.args(), loc);
        count += argAnnotations(args.posonlyargs(), loc);
        if (args.vararg() != null) count += argAnnotation(args.vararg().arg(), args.vararg().annotation(), loc);
        count += argAnnotations(args.kwonlyargs(), loc);
        if (args.kwarg() != null) count += argAnnotation(args.kwarg().arg(), args.kwarg().annotation(), loc);
        count += argAnnotation("return", returns, loc);
        op(Opcode.BUILD_MAP, count, loc);
        op(Opcode.RETURN_VALUE, loc);
        returnNoneAtEnd();
        annotate.flags = codeFlags();
        exitScope();
        makeClosure(loc, annotate, 0);
        return Oparg.FUNCTION_ANNOTATE;
    }

    /** Enters an __annotate__(format) unit: formats above VALUE_WITH_FAKE_GLOBALS raise NotImplementedError. */
    private CodegenUnit enterAnnotationsScope(Block block, Location loc) {
        CodegenUnit annotate = enterScope("__annotate__", ScopeKind.FUNCTION, block, loc.lineno(), unit.privateName);
        annotate.argcount = 1;
        annotate.posonlyargcount = 1;
        // the symbol table calls the parameter .format so that annotations cannot see it; co_varnames shows "format"
        annotate.varnames.clear();
        annotate.varnames.indexOf("format");
        Label body = newLabel();
        op(Opcode.LOAD_FAST, 0, loc);
        loadConst(2L, loc);
        op(Opcode.COMPARE_OP, Oparg.compare(Oparg.CMP_GT, false), loc);
        jump(Opcode.POP_JUMP_IF_FALSE, body, loc);
        op(Opcode.LOAD_COMMON_CONSTANT, 1, loc);
        op(Opcode.RAISE_VARARGS, 1, loc);
        place(body);
        return annotate;
    }

    private int argAnnotations(List<Ast.Arg> args, Location loc) {
        int count = 0;
        for (Ast.Arg arg : args) count += argAnnotation(arg.arg(), arg.annotation(), loc);
        return count;
    }

    private int argAnnotation(String name, Ast.Expr annotation, Location loc) {
        if (annotation == null) return 0;
        loadConst(mangle(name), loc);
        if (symbols.future().annotations()) {
            // from __future__ import annotations: __annotate__ returns the annotations' source text
            loadConst(AnnotationUnparser.unparse(annotation), loc(annotation));
        } else if (annotation instanceof Ast.Starred starred) {
            visit(starred.value());
            op(Opcode.UNPACK_SEQUENCE, 1, loc);
        } else {
            visit(annotation);
        }
        return 1;
    }

    private static boolean hasAnnotations(Ast.Arguments args, Ast.Expr returns) {
        if (returns != null) return true;
        List<Ast.Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        all.addAll(args.kwonlyargs());
        if (args.vararg() != null) all.add(args.vararg());
        if (args.kwarg() != null) all.add(args.kwarg());
        return all.stream().anyMatch(a -> a.annotation() != null);
    }

    private void applyDecorators(List<Ast.Expr> decorators) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            op(Opcode.CALL, 0, loc(decorators.get(i)));
        }
    }

    /** Defaults tuple and keyword-only defaults dict; returns the SET_FUNCTION_ATTRIBUTE flags. */
    private int defaultArguments(Location loc, Ast.Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            visitAll(args.defaults());
            op(Opcode.BUILD_TUPLE, args.defaults().size(), loc);
            flags |= Oparg.FUNCTION_DEFAULTS;
        }
        int count = 0;
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Ast.Expr value = args.kw_defaults().get(i);
            if (value == null) continue;
            loadConst(mangle(args.kwonlyargs().get(i).arg()), loc);
            visit(value);
            count++;
        }
        if (count > 0) {
            op(Opcode.BUILD_MAP, count, loc);
            flags |= Oparg.FUNCTION_KWDEFAULTS;
        }
        return flags;
    }

    private CodegenUnit functionBody(Ast.Stmt s, String name, Ast.Arguments args, List<Ast.Stmt> body,
            boolean isAsync, int firstLineno) {
        Block block = symbols.blockFor(s);
        CodegenUnit function = enterScope(name, isAsync ? ScopeKind.ASYNC_FUNCTION : ScopeKind.FUNCTION,
                block, firstLineno, unit.privateName);
        setArgCounts(args);
        String doc = optimize < 2 ? docstring(body) : null;
        int first = docstring(body) != null ? 1 : 0;
        if (doc != null) unit.addConst(cleanDoc(doc));
        Label start = newLabel();
        place(start);
        boolean stopIterationHandler = block.isGenerator() || block.isCoroutine();
        if (stopIterationHandler) pushFBlock(CodegenUnit.FBlockType.STOP_ITERATION, start, null, null, loc(s));
        for (int i = first; i < body.size(); i++) visitStmt(body.get(i));
        if (stopIterationHandler) {
            wrapInStopIterationHandler();
            popFBlock();
        }
        returnNoneAtEnd();
        function.flags = codeFlags();
        exitScope();
        return function;
    }

    private void setArgCounts(Ast.Arguments args) {
        unit.argcount = args.posonlyargs().size() + args.args().size();
        unit.posonlyargcount = args.posonlyargs().size();
        unit.kwonlyargcount = args.kwonlyargs().size();
    }

    /** Generators and coroutines turn a StopIteration escaping the body into RuntimeError. */
    private void wrapInStopIterationHandler() {
        Label handler = newLabel();
        unit.seq.insertOp(0, Opcode.SETUP_CLEANUP, 0, Location.NO_LOCATION, handler);
        loadConst(Ast.NONE, Location.NO_LOCATION);
        op(Opcode.RETURN_VALUE, Location.NO_LOCATION);
        place(handler);
        op(Opcode.CALL_INTRINSIC_1, Oparg.INTRINSIC_STOPITERATION_ERROR, Location.NO_LOCATION);
        op(Opcode.RERAISE, 1, Location.NO_LOCATION);
    }

    /** LOAD_CLOSURE for the child's free variables, the code constant, MAKE_FUNCTION and its attributes. */
    @Override
    void makeClosure(Location loc, CodegenUnit child, int flags) {
        if (!child.freevars.isEmpty()) {
            for (String free : child.freevars) {
                int index = unit.derefIndex(free);
                if (index < 0) throw new CompilerError("free variable " + free + " not found in " + unit.name);
                op(Opcode.LOAD_CLOSURE, index, loc);
            }
            flags |= Oparg.FUNCTION_CLOSURE;
            op(Opcode.BUILD_TUPLE, child.freevars.size(), loc);
        }
        loadConst(child.asConst, loc);
        op(Opcode.MAKE_FUNCTION, loc);
        int[] order = {Oparg.FUNCTION_CLOSURE, Oparg.FUNCTION_ANNOTATIONS, Oparg.FUNCTION_ANNOTATE,
                Oparg.FUNCTION_KWDEFAULTS, Oparg.FUNCTION_DEFAULTS};
        for (int flag : order) {
            if ((flags & flag) != 0) op(Opcode.SET_FUNCTION_ATTRIBUTE, flag, loc);
        }
    }

    @Override
    void lambda(Ast.Lambda e) {
        Location loc = loc(e);
        int funcFlags = defaultArguments(loc, e.args());
        Block block = symbols.blockFor(e);
        CodegenUnit lambda = enterScope("<lambda>", ScopeKind.LAMBDA, block, e.lineno(), unit.privateName);
        setArgCounts(e.args());
        visit(e.body());
        if (block.isGenerator()) {
            // the body's value falls off the end without an extra None (CPython's addNone = 0)
            op(Opcode.RETURN_VALUE, Location.NO_LOCATION);
        } else {
            op(Opcode.RETURN_VALUE, loc(e.body()));
            returnNoneAtEnd();
        }
        lambda.flags = codeFlags();
        exitScope();
        makeClosure(loc, lambda, funcFlags);
    }

    // ---- classes -------------------------------------------------------------------------------

    @Override
    void classDef(Ast.ClassDef s) {
        Location loc = loc(s);
        int firstLineno = s.decorator_list().isEmpty() ? s.lineno() : s.decorator_list().getFirst().lineno();
        visitAll(s.decorator_list());
        boolean generic = !s.type_params().isEmpty();
        CodegenUnit typeParamsUnit = null;
        if (generic) {
            typeParamsUnit = enterScope("<generic parameters of " + s.name() + ">", ScopeKind.FUNCTION,
                    symbols.typeParamsBlockFor(s), firstLineno, s.name());
            typeParams(s.type_params());
            nameOp(".type_params", Ctx.STORE, loc);
        }
        CodegenUnit body = classBody(s, firstLineno);
        op(Opcode.LOAD_BUILD_CLASS, loc);
        op(Opcode.PUSH_NULL, loc);
        makeClosure(loc, body, 0);
        loadConst(s.name(), loc);
        if (generic) {
            nameOp(".type_params", Ctx.LOAD, loc);
            op(Opcode.CALL_INTRINSIC_1, Oparg.INTRINSIC_SUBSCRIPT_GENERIC, loc);
            nameOp(".generic_base", Ctx.STORE, loc);
            List<Ast.Expr> bases = new ArrayList<>(s.bases());
            bases.add(new Ast.Name(".generic_base", Ast.ExprContext.Load, loc.lineno(), loc.colOffset(),
                    loc.endLineno(), loc.endColOffset()));
            callHelper(loc, 2, bases, s.keywords());
            finishTypeParams(typeParamsUnit, loc, 0);
        } else {
            callHelper(loc, 2, s.bases(), s.keywords());
        }
        applyDecorators(s.decorator_list());
        nameOp(s.name(), Ctx.STORE, loc);
    }

    private CodegenUnit classBody(Ast.ClassDef s, int firstLineno) {
        Block block = symbols.blockFor(s);
        CodegenUnit cls = enterScope(s.name(), ScopeKind.CLASS, block, firstLineno, s.name());
        Location loc = new Location(firstLineno, firstLineno, 0, 0);
        nameOp("__name__", Ctx.LOAD, loc);
        nameOp("__module__", Ctx.STORE, loc);
        loadConst(cls.qualname, loc);
        nameOp("__qualname__", Ctx.STORE, loc);
        loadConst((long) firstLineno, loc);
        nameOp("__firstlineno__", Ctx.STORE, loc);
        if (!s.type_params().isEmpty()) {
            nameOp(".type_params", Ctx.LOAD, loc);
            nameOp("__type_params__", Ctx.STORE, loc);
        }
        if (block.needsClassDict()) {
            op(Opcode.LOAD_LOCALS, loc);
            op(Opcode.STORE_DEREF, unit.derefIndex("__classdict__"), loc);
        }
        if (block.hasConditionalAnnotations()) {
            op(Opcode.BUILD_SET, 0, loc);
            op(Opcode.STORE_DEREF, unit.derefIndex("__conditional_annotations__"), loc);
        }
        body(s.body(), false, loc);
        deferredAnnotations(s, loc);
        loadConst(new ConstTuple(new ArrayList<>(cls.staticAttributes)), Location.NO_LOCATION);
        nameOp("__static_attributes__", Ctx.STORE, Location.NO_LOCATION);
        if (block.needsClassDict()) {
            op(Opcode.LOAD_CLOSURE, unit.derefIndex("__classdict__"), Location.NO_LOCATION);
            nameOp("__classdictcell__", Ctx.STORE, Location.NO_LOCATION);
        }
        if (block.needsClassClosure()) {
            op(Opcode.LOAD_CLOSURE, unit.derefIndex("__class__"), Location.NO_LOCATION);
            op(Opcode.COPY, 1, Location.NO_LOCATION);
            nameOp("__classcell__", Ctx.STORE, Location.NO_LOCATION);
        } else {
            loadConst(Ast.NONE, Location.NO_LOCATION);
        }
        op(Opcode.RETURN_VALUE, Location.NO_LOCATION);
        returnNoneAtEnd();
        cls.flags = codeFlags();
        exitScope();
        return cls;
    }

    // ---- PEP 695 type parameters and aliases ----------------------------------------------------

    /** Ends a <generic parameters of X> unit and calls it (with the defaults it takes as arguments). */
    private void finishTypeParams(CodegenUnit typeParamsUnit, Location loc, int typeParamArgs) {
        op(Opcode.RETURN_VALUE, Location.NO_LOCATION);
        typeParamsUnit.flags = codeFlags();
        exitScope();
        makeClosure(loc, typeParamsUnit, 0);
        if (typeParamArgs > 0) {
            op(Opcode.SWAP, typeParamArgs + 1, loc);
            op(Opcode.CALL, typeParamArgs - 1, loc);
        } else {
            op(Opcode.PUSH_NULL, loc);
            op(Opcode.CALL, 0, loc);
        }
    }

    /** Creates each TypeVar/ParamSpec/TypeVarTuple, stores it, and leaves the tuple of them. */
    private void typeParams(List<Ast.TypeParam> params) {
        boolean seenDefault = false;
        for (Ast.TypeParam param : params) {
            Location loc = loc(param);
            String name;
            Ast.Expr defaultValue;
            switch (param) {
                case Ast.TypeVar tv -> {
                    name = tv.name();
                    defaultValue = tv.default_value();
                    loadConst(name, loc);
                    if (tv.bound() != null) {
                        boundOrDefault(tv.bound(), name, symbols.boundBlockFor(param), false);
                        op(Opcode.CALL_INTRINSIC_2, tv.bound() instanceof Ast.Tuple
                                ? Oparg.INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : Oparg.INTRINSIC_TYPEVAR_WITH_BOUND, loc);
                    } else {
                        op(Opcode.CALL_INTRINSIC_1, Oparg.INTRINSIC_TYPEVAR, loc);
                    }
                }
                case Ast.TypeVarTuple tvt -> {
                    name = tvt.name();
                    defaultValue = tvt.default_value();
                    loadConst(name, loc);
                    op(Opcode.CALL_INTRINSIC_1, Oparg.INTRINSIC_TYPEVARTUPLE, loc);
                }
                case Ast.ParamSpec ps -> {
                    name = ps.name();
                    defaultValue = ps.default_value();
                    loadConst(name, loc);
                    op(Opcode.CALL_INTRINSIC_1, Oparg.INTRINSIC_PARAMSPEC, loc);
                }
            }
            if (defaultValue != null) {
                seenDefault = true;
                boundOrDefault(defaultValue, name, symbols.defaultBlockFor(param), param instanceof Ast.TypeVarTuple);
                op(Opcode.CALL_INTRINSIC_2, Oparg.INTRINSIC_SET_TYPEPARAM_DEFAULT, loc);
            } else if (seenDefault) {
                throw error("non-default type parameter '" + name + "' follows default type parameter", param);
            }
            op(Opcode.COPY, 1, loc);
            nameOp(name, Ctx.STORE, loc);
        }
        op(Opcode.BUILD_TUPLE, params.size(), loc(params.getLast()));
    }

    /** A lazily evaluated bound, constraints or default: a function of format (default 1). */
    private void boundOrDefault(Ast.Expr e, String name, Block block, boolean allowStarred) {
        Location loc = loc(e);
        loadConst(new ConstTuple(List.of(1L)), loc);
        CodegenUnit scope = enterLazyScope(name, block, loc);
        if (allowStarred && e instanceof Ast.Starred starred) {
            visit(starred.value());
            op(Opcode.UNPACK_SEQUENCE, 1, loc);
        } else {
            visit(e);
        }
        op(Opcode.RETURN_VALUE, loc);
        returnNoneAtEnd();
        scope.flags = codeFlags();
        exitScope();
        makeClosure(loc, scope, Oparg.FUNCTION_DEFAULTS);
    }

    /** An annotation-like scope (type alias value, bound, default) keeping the symbol table's parameter name. */
    private CodegenUnit enterLazyScope(String name, Block block, Location loc) {
        CodegenUnit scope = enterScope(name, ScopeKind.FUNCTION, block, loc.lineno(), unit.privateName);
        scope.argcount = 1;
        scope.posonlyargcount = 1;
        Label body = newLabel();
        op(Opcode.LOAD_FAST, 0, loc);
        loadConst(2L, loc);
        op(Opcode.COMPARE_OP, Oparg.compare(Oparg.CMP_GT, false), loc);
        jump(Opcode.POP_JUMP_IF_FALSE, body, loc);
        op(Opcode.LOAD_COMMON_CONSTANT, 1, loc);
        op(Opcode.RAISE_VARARGS, 1, loc);
        place(body);
        return scope;
    }

    @Override
    void typeAlias(Ast.TypeAlias s) {
        Location loc = loc(s);
        String name = ((Ast.Name) s.name()).id();
        boolean generic = !s.type_params().isEmpty();
        CodegenUnit typeParamsUnit = null;
        if (generic) {
            typeParamsUnit = enterScope("<generic parameters of " + name + ">", ScopeKind.FUNCTION,
                    symbols.typeParamsBlockFor(s), loc.lineno(), unit.privateName);
            loadConst(name, loc);
            typeParams(s.type_params());
        } else {
            loadConst(name, loc);
            loadConst(Ast.NONE, loc);
        }
        loadConst(new ConstTuple(List.of(1L)), loc);
        CodegenUnit value = enterLazyScope(name, symbols.blockFor(s), loc);
        visit(s.value());
        op(Opcode.RETURN_VALUE, loc);
        op(Opcode.RETURN_VALUE, Location.NO_LOCATION);
        value.flags = codeFlags();
        exitScope();
        makeClosure(loc, value, Oparg.FUNCTION_DEFAULTS);
        op(Opcode.BUILD_TUPLE, 3, loc);
        op(Opcode.CALL_INTRINSIC_1, Oparg.INTRINSIC_TYPEALIAS, loc);
        if (generic) {
            op(Opcode.RETURN_VALUE, Location.NO_LOCATION);
            typeParamsUnit.flags = codeFlags();
            exitScope();
            makeClosure(loc, typeParamsUnit, 0);
            op(Opcode.PUSH_NULL, loc);
            op(Opcode.CALL, 0, loc);
        }
        nameOp(name, Ctx.STORE, loc);
    }

    // ---- comprehensions as code units --------------------------------------------------------

    @Override
    CodegenUnit enterComprehensionScope(String name, Block block, int firstLineno) {
        CodegenUnit comp = enterScope(name, ScopeKind.COMPREHENSION, block, firstLineno, unit.privateName);
        comp.argcount = 1;
        return comp;
    }

    @Override
    CodegenUnit finishComprehensionScope(Ast.Expr e, boolean generator) {
        CodegenUnit comp = unit;
        if (!generator) op(Opcode.RETURN_VALUE, loc(e));
        else wrapInStopIterationHandler();
        returnNoneAtEnd();
        comp.flags = codeFlags();
        exitScope();
        return comp;
    }

    @Override
    void unsupported(String what, Ast.Located node) {
        throw new CompilerError("Ember's code generator does not support " + what + " yet (line "
                + node.lineno() + ")");
    }
}
