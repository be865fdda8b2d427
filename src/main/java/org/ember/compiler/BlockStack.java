package org.ember.compiler;

import static org.ember.compiler.SymbolFlags.*;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.ember.parser.Ast;
import org.ember.parser.Ast.Arg;
import org.ember.parser.Ast.Arguments;
import org.ember.parser.Ast.ExprContext;
import org.ember.parser.ParseError;

/**
 * The state of the first pass shared by {@link SymbolTableBuilder} (statements) and
 * {@link ExpressionVisitor}: the stack of blocks being visited, the enclosing class name used for
 * mangling, and the recording of names into blocks (CPython's {@code symtable_add_def} and
 * friends), with the errors that recording can raise.
 */
final class BlockStack {
    /** CPython 3.13 accepts about this many nested statements and expressions (its C recursion limit). */
    private static final int MAX_DEPTH = 10_000;

    final String filename;
    final FutureFeatures future;
    /** PyCF_ALLOW_TOP_LEVEL_AWAIT: await, async for/with and async comprehensions at module level. */
    final boolean allowTopLevelAwait;
    final SymbolTable table;
    /** Blocks being visited, innermost last (CPython's st_stack, including the current block). */
    final Deque<Block> stack = new ArrayDeque<>();
    /** The innermost block being visited (CPython's st_cur). */
    Block current;
    /** The module block, whose symbols also record every global declaration. */
    Block module;
    /** Name of the innermost enclosing class, for mangling (CPython's st_private). */
    String privateName;
    private int depth;

    BlockStack(String filename, FutureFeatures future, boolean allowTopLevelAwait, SymbolTable table) {
        this.filename = filename;
        this.future = future;
        this.allowTopLevelAwait = allowTopLevelAwait;
        this.table = table;
    }

    // ---- blocks -------------------------------------------------------------------------------

    Block newBlock(BlockType type, String name, Location loc, Ast.Node node) {
        Block block = new Block(type, name, loc, node);
        if (current != null && (current.nested || current.type.isFunctionLike())) {
            block.nested = true;
        }
        if (current != null && current.type == BlockType.CLASS && type == BlockType.FUNCTION) {
            block.method = true;
        }
        return block;
    }

    /** Opens a new block, registered under {@code role}/{@code key} for the code generator. */
    Block enter(BlockType type, String name, SymbolTable.Role role, Ast.Node key, Location loc) {
        Block block = newBlock(type, name, loc, key);
        table.register(role, key, block);
        enterExisting(block);
        if (type == BlockType.ANNOTATION || type == BlockType.TYPE_VARIABLE || type == BlockType.TYPE_ALIAS) {
            // the generated function reads its "format" parameter
            addDef(".format", DEF_PARAM, loc);
            addDef(".format", USE, loc);
        }
        return block;
    }

    void enterExisting(Block block) {
        enterExisting(block, true);
    }

    void enterExisting(Block block, boolean addToChildren) {
        Block prev = current;
        stack.addLast(block);
        if (prev != null) {
            // bpo-37757: walrus is banned anywhere inside a comprehension's outermost iterable
            block.compIterExpr = prev.compIterExpr;
            if (prev.mangledNames != null && block.type != BlockType.CLASS) {
                block.mangledNames = prev.mangledNames;
            }
        }
        current = block;
        // with "from __future__ import annotations" annotations become strings: their scopes
        // are still walked (for errors) but take no part in the analysis
        if (future.annotations() && block.type == BlockType.ANNOTATION) {
            return;
        }
        if (prev != null && addToChildren) {
            prev.children.add(block);
        }
    }

    void exit() {
        stack.removeLast();
        current = stack.peekLast();
    }

    // ---- symbols ------------------------------------------------------------------------------

    String mangle(Block block, String name) {
        return block.mangle(privateName, name);
    }

    int lookup(Block block, String name) {
        return block.flags(mangle(block, name));
    }

    void addDef(String name, int flag, Ast.Located loc) {
        addDefCtx(name, flag, loc, flag == USE ? ExprContext.Load : ExprContext.Store);
    }

    void addDefCtx(String name, int flag, Ast.Located loc, ExprContext ctx) {
        if ((flag & (DEF_PARAM | DEF_LOCAL | DEF_IMPORT)) != 0) {
            checkName(name, loc, ctx);
        }
        if ((flag & DEF_TYPE_PARAM) != 0 && current.mangledNames != null) {
            current.mangledNames.add(name);
        }
        addDefTo(current, name, flag, loc);
    }

    /** CPython's symtable_add_def_helper: records {@code flag} for {@code name} in {@code block}. */
    void addDefTo(Block block, String name, int flag, Ast.Located loc) {
        String mangled = mangle(current, name);
        Integer old = block.symbols.get(mangled);
        int value = flag;
        if (old != null) {
            if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", loc);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (old & DEF_TYPE_PARAM) != 0) {
                throw error("duplicate type parameter '" + name + "'", loc);
            }
            value = old | flag;
        }
        if (block.compIterTarget) {
            if ((value & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '"
                        + name + "'", loc);
            }
            value |= DEF_COMP_ITER;
        }
        block.symbols.put(mangled, value);
        if ((flag & DEF_PARAM) != 0) {
            block.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            // CPython also marks the name in the module's own table
            module.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    void checkName(String name, Ast.Located loc, ExprContext ctx) {
        if (!name.equals("__debug__")) {
            return;
        }
        if (ctx == ExprContext.Store) {
            throw error("cannot assign to __debug__", loc);
        }
        if (ctx == ExprContext.Del) {
            throw error("cannot delete __debug__", loc);
        }
    }

    void recordDirective(String name, Location loc) {
        current.directives.putIfAbsent(mangle(current, name), loc);
    }


    // ---- parameters, context, errors ---------------------------------------------------------

    void addParameters(Arguments a) {
        addParameterList(a.posonlyargs());
        addParameterList(a.args());
        addParameterList(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, Location.of(a.vararg()));
            current.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, Location.of(a.kwarg()));
            current.varkeywords = true;
        }
    }

    void addParameterList(List<Arg> args) {
        for (Arg arg : args) {
            addDef(arg.arg(), DEF_PARAM, Location.of(arg));
        }
    }

    boolean allowsTopLevelAwait() {
        return allowTopLevelAwait && current.type == BlockType.MODULE;
    }

    boolean isAsyncDef() {
        return current.type == BlockType.FUNCTION && current.coroutine;
    }

    void enterRecursion() {
        if (++depth > MAX_DEPTH) {
            throw new CompilerRecursionError();
        }
    }

    void leaveRecursion() {
        depth--;
    }

    /** A SyntaxError at {@code where}: a Location, or a node whose range is turned into one only now. */
    ParseError error(String msg, Ast.Located where) {
        return syntaxError(msg, filename, Location.of(where));
    }

    /** A SyntaxError at {@code loc}: CPython reports AST columns + 1 and no source text. */
    static ParseError syntaxError(String msg, String filename, Location loc) {
        return new ParseError(ParseError.Kind.SyntaxError, msg, filename, loc.lineno(), loc.colOffset() + 1,
                loc.endLineno(), loc.endColOffset() + 1, null);
    }
}
