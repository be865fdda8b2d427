package org.ember.interp;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ember.bytecode.RawCode;
import org.ember.compiler.Compiler;
import org.ember.compiler.CompilerError;
import org.ember.parser.ParseError;
import org.ember.parser.Parser;
import org.ember.modules.BuiltinModules;
import org.ember.runtime.Abstract;
import org.ember.runtime.Errors;
import org.ember.runtime.ExceptionFields;
import org.ember.runtime.Exceptions;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * The import system behind {@code __import__}: relative-name resolution, {@code sys.modules}
 * caching (a module is registered before its body runs, removed again if the body fails),
 * the search of {@code sys.path} (or a package's {@code __path__}) for {@code NAME/__init__.py}
 * and {@code NAME.py}, and the return value rules of {@code import a.b} and {@code from a import b}.
 * Built-in modules (sys, time, builtins) are installed in sys.modules up front, so they win over the path.
 * Path entries are directories, or Ember's own lib inside its jar ({@link #libEntry()}).
 */
public final class Importer {
    private Importer() {}

    /** The jar resource folder holding Ember's Python library. */
    private static final String LIB_RESOURCE = "lib";
    /** When the lib lives in a jar: the sys.path entry that stands for it ("JAR/lib"), else null. */
    private static String jarLibEntry;
    /** Modules whose body is running now: IMPORT_FROM names circular imports for them. */
    private static final java.util.Set<Object> INITIALIZING =
            java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    public static boolean isInitializing(Object module) {
        return INITIALIZING.contains(module);
    }

    // ---- __import__ ---------------------------------------------------------------------------------------------

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    public static Object importModule(Interpreter interp, Object nameObj, Object globals, Object fromlist, Object levelObj) {
        if (!(nameObj instanceof PyStr nameStr)) {
            throw Errors.typeError("module name must be a string");
        }
        String name = nameStr.value();
        int level = levelObj == null ? 0 : (int) PyInt.asInt(Abstract.index(levelObj)).longValue();
        if (level < 0) throw Errors.valueError("level must be >= 0");
        if (level == 0 && name.isEmpty()) throw Errors.valueError("Empty module name");
        String full = level > 0 ? resolveRelative(name, globals, level) : name;
        Object module = load(interp, full);
        if (fromlist == null || fromlist == PyNone.NONE || !Abstract.isTrue(fromlist)) {
            return topForPlainImport(interp, name, full, level, module);
        }
        if (attribute(module, "__path__") != null) importFromList(interp, module, full, fromlist, false);
        return module;
    }

    /** {@code import a.b.c} binds {@code a}: the top of the name as written (relative names keep their base). */
    private static Object topForPlainImport(Interpreter interp, String name, String full, int level, Object module) {
        if (name.isEmpty()) return module;
        int dot = name.indexOf('.');
        if (dot < 0) return module;
        String topName = full.substring(0, full.length() - (name.length() - dot));
        Object top = interp.modules.getItemStr(topName);
        return top != null ? top : module;
    }

    /** Submodules named in a from-list are imported when the package lacks the attribute. */
    private static void importFromList(Interpreter interp, Object pkg, String pkgName, Object fromlist, boolean recursive) {
        Object it = Abstract.getIter(fromlist);
        for (Object item; (item = Ops.next(it)) != null; ) {
            if (!(item instanceof PyStr x)) {
                String where = recursive ? pkgName + ".__all__" : "``from list''";
                throw Errors.typeError("Item in %s must be str, not %s", where, Abstract.typeName(item));
            }
            if (x.value().equals("*")) {
                Object all = attribute(pkg, "__all__");
                if (!recursive && all != null) importFromList(interp, pkg, pkgName, all, true);
            } else if (Abstract.lookupAttr(pkg, x) == null) {
                String sub = pkgName + "." + x.value();
                try {
                    load(interp, sub);
                } catch (PyException e) {
                    // a missing submodule is fine here: IMPORT_FROM then reports the missing name
                    if (!isNotFound(e, sub)) throw e;
                }
            }
        }
    }

    private static boolean isNotFound(PyException e, String name) {
        return Abstract.isInstance(e.value, Exceptions.ModuleNotFoundError)
                && ExceptionFields.get(e.value, "name") instanceof PyStr n && n.value().equals(name);
    }

    /** The absolute name of a relative import, from the importer's __package__ (or __name__). */
    static String resolveRelative(String name, Object globalsObj, int level) {
        String pkg = packageOf(globalsObj);
        if (pkg == null || pkg.isEmpty()) {
            throw Errors.of(Exceptions.ImportError, "attempted relative import with no known parent package");
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw Errors.of(Exceptions.ImportError, "attempted relative import beyond top-level package");
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    private static String packageOf(Object globalsObj) {
        if (!(globalsObj instanceof PyDict globals)) return null;
        Object pkg = globals.getItemStr("__package__");
        if (pkg instanceof PyStr s) return s.value();
        if (pkg != null && pkg != PyNone.NONE) throw Errors.typeError("package must be a string");
        if (!(globals.getItemStr("__name__") instanceof PyStr modName)) {
            throw Errors.of(Exceptions.KeyError, "'__name__' not in globals");
        }
        if (globals.getItemStr("__path__") != null) return modName.value();
        int dot = modName.value().lastIndexOf('.');
        return dot < 0 ? "" : modName.value().substring(0, dot);
    }

    // ---- loading ------------------------------------------------------------------------------------------------

    /**
     * The module named {@code full} (dotted, absolute): from sys.modules, else found, created and run.
     * Any object may stand in sys.modules (a module can replace itself), so the result is an Object.
     */
    public static Object load(Interpreter interp, String full) {
        Object cached = interp.modules.getItemStr(full);
        if (cached != null) {
            Object settled = awaitInitialized(interp, full, cached);
            if (settled != null) return checkCached(settled, full);
            // the other thread's import failed and unregistered the module: import it here
        }
        int dot = full.lastIndexOf('.');
        Object searchPath;
        Object parent = null;
        if (dot < 0) {
            searchPath = sysPath(interp);
        } else {
            parent = load(interp, full.substring(0, dot));
            cached = interp.modules.getItemStr(full);   // the parent's body may have imported it
            if (cached != null) return checkCached(cached, full);
            searchPath = attribute(parent, "__path__");
            if (searchPath == null) {
                throw notFound(full, "No module named '%s'; '%s' is not a package".formatted(full, full.substring(0, dot)));
            }
        }
        // one thread finds and runs the module; others importing it meanwhile wait here
        boolean locked = interp.importLocks.acquire(full);
        try {
            cached = interp.modules.getItemStr(full);
            if (cached != null) return checkCached(cached, full);
            Object module;
            if (!ImportSystem.isBootstrapModule(full) && ImportSystem.hasCustomFinders(interp)) {
                // a finder the program put on sys.meta_path: the Python import protocol decides
                module = ImportSystem.loadThroughMetaPath(interp, full, dot < 0 ? PyNone.NONE : searchPath);
                if (module == null) throw notFound(full, "No module named '%s'".formatted(full));
            } else {
                var builtin = BuiltinModules.factory(full);
                if (builtin != null) return registerBuiltin(interp, full, builtin.apply(interp), parent);
                Found found = find(full.substring(dot + 1), searchPath);
                if (found == null && ImportSystem.isBootstrapModule(full)) found = findFrozen(full);
                if (found == null) throw notFound(full, "No module named '%s'".formatted(full));
                module = execute(interp, full, found);
            }
            if (parent != null) Abstract.setAttr(parent, full.substring(dot + 1), module);
            return module;
        } finally {
            if (locked) interp.importLocks.release(full);
        }
    }

    /**
     * A module found in sys.modules while another thread is still running its body: wait until
     * that thread is done (its import lock), unless this thread is the one running it (a
     * circular import) or waiting would deadlock; then answer what sys.modules holds (null when
     * the other thread's import failed).
     */
    private static Object awaitInitialized(Interpreter interp, String full, Object cached) {
        if (!isInitializing(cached) || interp.importLocks.heldByCurrentThread(full)) return cached;
        if (!interp.importLocks.acquire(full)) return cached;   // a cross-thread cycle: the partial module
        interp.importLocks.release(full);
        return interp.modules.getItemStr(full);
    }

    /** A module implemented in Java: registered in sys.modules and bound in its parent package. */
    private static Object registerBuiltin(Interpreter interp, String full, PyModule module, Object parent) {
        if (module.dict().getItemStr("__package__") == PyNone.NONE) {  // as importlib sets it: the parent package, '' at top level
            module.dict().setItem(new PyStr("__package__"), new PyStr(full.substring(0, Math.max(0, full.lastIndexOf('.')))));
        }
        ImportSystem.attachBuiltinSpec(interp, module);
        interp.modules.setItem(new PyStr(full), module.markBuiltIn());
        if (parent != null) Abstract.setAttr(parent, full.substring(full.lastIndexOf('.') + 1), module);
        return module;
    }

    private static Object checkCached(Object cached, String name) {
        if (cached == PyNone.NONE) throw notFound(name, "import of %s halted; None in sys.modules".formatted(name));
        return cached;
    }

    private static Object attribute(Object obj, String name) {
        return Abstract.lookupAttr(obj, new PyStr(name));
    }

    private static PyException notFound(String name, String message) {
        PyException e = Errors.withArgs(Exceptions.ModuleNotFoundError, new PyStr(message));
        ExceptionFields.set(e.value, "name", new PyStr(name));
        return e;
    }

    /** Registers the module, runs its body in its own dict; a failed body unregisters it again. */
    private static Object execute(Interpreter interp, String name, Found found) {
        PyModule module = new PyModule(name);
        initModuleDict(interp, module.dict(), name, found);
        ImportSystem.attachSourceSpec(interp, module, name, found);
        PyStr key = new PyStr(name);
        interp.modules.setItem(key, module);
        if (found.isNamespace()) return module;   // nothing to run
        INITIALIZING.add(module);
        try {
            runSource(interp, module, found.file, found.source);
        } catch (PyException e) {
            interp.modules.delItemIfPresent(key);
            throw e;
        } finally {
            INITIALIZING.remove(module);
        }
        // a module may replace itself in sys.modules while running
        Object registered = interp.modules.getItemStr(name);
        if (registered == null) throw Errors.of(Exceptions.ImportError, "Loaded module %s not found in sys.modules", name);
        return registered;
    }

    /** {@code __name__}, {@code __file__}, {@code __package__}, {@code __path__}, {@code __loader__}, {@code __spec__}. */
    static void initModuleDict(Interpreter interp, PyDict d, String name, Found found) {
        d.setItem(new PyStr("__name__"), new PyStr(name));
        d.setItem(new PyStr("__file__"), found.file == null ? PyNone.NONE : new PyStr(found.file));
        d.setItem(new PyStr("__loader__"), PyNone.NONE);
        d.setItem(new PyStr("__spec__"), PyNone.NONE);
        d.setItem(new PyStr("__builtins__"), interp.builtins);   // imported modules get the dict (only __main__ has the module)
        if (found.isNamespace()) {
            d.setItem(new PyStr("__path__"), found.searchLocations());
            d.setItem(new PyStr("__package__"), new PyStr(name));
        } else if (found.packageDir != null) {
            d.setItem(new PyStr("__path__"), found.searchLocations());
            d.setItem(new PyStr("__package__"), new PyStr(name));
        } else {
            int dot = name.lastIndexOf('.');
            d.setItem(new PyStr("__package__"), new PyStr(dot < 0 ? "" : name.substring(0, dot)));
        }
    }

    /**
     * Parses, then issues the SyntaxWarnings found through the warnings machinery (before a
     * syntax error, as CPython does); a warning turned error ({@code -W error}) is thrown as
     * the ParseError CPython reports in its place.
     */
    static org.ember.parser.Ast.Mod parseIssuingWarnings(String source, String file, Parser.Mode mode) {
        return parseIssuingWarnings(source, file, mode, false);
    }

    /** {@link #parseIssuingWarnings(String, String, Parser.Mode)}, with type comments kept when asked (ast.parse). */
    static org.ember.parser.Ast.Mod parseIssuingWarnings(String source, String file, Parser.Mode mode, boolean typeComments) {
        return parseIssuingWarnings(source, file, mode, typeComments, 0);
    }

    /** ... with the parser's input flags (Parser.ALLOW_INCOMPLETE_INPUT, Parser.DONT_IMPLY_DEDENT). */
    static org.ember.parser.Ast.Mod parseIssuingWarnings(String source, String file, Parser.Mode mode, boolean typeComments,
                                                        int inputFlags) {
        java.util.List<org.ember.parser.Tokenizer.Warning> warnings = new java.util.ArrayList<>();
        try {
            return Parser.parse(source, file, mode, typeComments, warnings, inputFlags);
        } finally {
            if (!warnings.isEmpty()) {
                ParseError asError = org.ember.modules.Warnings.issueSyntaxWarnings(
                        org.ember.runtime.ThreadState.current().interpreter(), warnings, file);
                if (asError != null) throw asError;
            }
        }
    }

    /** Compiles a tree, then issues the code generator's SyntaxWarnings (a warning turned error is thrown). */
    static RawCode compileIssuingWarnings(org.ember.parser.Ast.Mod tree, String file, int optimize) {
        return compileIssuingWarnings(tree, file, optimize, org.ember.compiler.SymbolTable.Options.DEFAULT);
    }

    /** ... with compile()'s flags for the symbol table (a __future__ feature passed as a flag). */
    static RawCode compileIssuingWarnings(org.ember.parser.Ast.Mod tree, String file, int optimize,
                                          org.ember.compiler.SymbolTable.Options options) {
        java.util.List<org.ember.parser.Tokenizer.Warning> warnings = new java.util.ArrayList<>();
        RawCode code = Compiler.compile(tree, file, optimize, warnings, options);
        if (!warnings.isEmpty()) {
            ParseError asError = org.ember.modules.Warnings.issueSyntaxWarnings(
                    org.ember.runtime.ThreadState.current().interpreter(), warnings, file);
            if (asError != null) throw asError;
        }
        return code;
    }

    /** Parses and compiles module source; syntax errors become Python SyntaxErrors. */
    static RawCode compile(byte[] source, String file) {
        org.ember.parser.Ast.Mod tree;
        try {
            tree = parseIssuingWarnings(org.ember.parser.Tokenizer.decode(source, file), file, Parser.Mode.EXEC);
        } catch (ParseError e) {
            throw syntaxError(e, file);
        }
        try {
            return compileIssuingWarnings(tree, file, 0);
        } catch (ParseError e) {
            throw compileError(e, file);
        } catch (CompilerError e) {
            throw Errors.systemError("cannot compile %s yet: %s", file, e.getMessage());
        }
    }

    /** {@link #compile(byte[], String)} for other packages (the dis command line). */
    public static RawCode compileBytes(byte[] source, String file) {
        return compile(source, file);
    }

    /** Compiles source text in any mode (exec, eval, single); errors as {@link #compile(byte[], String)}. */
    public static RawCode compile(String source, String file, Parser.Mode mode) {
        try {
            return compileIssuingWarnings(parseIssuingWarnings(source, file, mode), file, 0);
        } catch (ParseError e) {
            throw syntaxError(e, file);
        } catch (CompilerError e) {
            throw Errors.systemError("cannot compile %s yet: %s", file, e.getMessage());
        }
    }

    /** A ParseError as Python's SyntaxError/IndentationError/TabError with args (msg, (file, line, offset, text, end line, end offset)). */
    static PyException syntaxError(ParseError e, String file) {
        Object text = e.text == null ? PyNone.NONE : new PyStr(e.text);
        PyType type = switch (e.kind) {
            case IndentationError -> Exceptions.IndentationError;
            case TabError -> Exceptions.TabError;
            case MemoryError -> Exceptions.MemoryError;
            case SyntaxError -> Exceptions.SyntaxError;
            case _IncompleteInputError -> Exceptions._IncompleteInputError;
        };
        if (e.kind == ParseError.Kind.MemoryError) return Errors.withArgs(type, new PyStr(e.msg));
        return Errors.withArgs(type, new PyStr(e.msg), PyTuple.of(new PyStr(file),
                PyInt.of(e.lineno), PyInt.of(e.offset), text, PyInt.of(e.endLineno), PyInt.of(e.endOffset)));
    }

    /**
     * An error found after parsing (symbol table, code generator): CPython raises it with the
     * message as its only argument and the location as attributes, the text read back from the
     * file when there is one (None for source that is not a file).
     */
    static PyException compileError(ParseError e, String file) {
        if (e.text != null || e.kind == ParseError.Kind.MemoryError) return syntaxError(e, file);
        String line = fileLine(file, e.lineno);
        if (e.codegenArgs) {
            return syntaxError(new ParseError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.endLineno,
                    e.endOffset, line), file);
        }
        PyException error = syntaxError(e, file);
        org.ember.runtime.PyBaseException value = error.value;
        value.setArgs(PyTuple.of(new PyStr(e.msg)));
        ExceptionFields.set(value, "text", line == null ? PyNone.NONE : new PyStr(line));
        return error;
    }

    /** Line {@code lineno} of a file with its newline (UTF-8, invalid bytes replaced), or null. */
    private static String fileLine(String file, int lineno) {
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file));
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        int start = 0;
        for (int line = 1; line < lineno; line++) {
            while (start < bytes.length && bytes[start] != '\n') start++;
            if (start >= bytes.length) return null;
            start++;
        }
        if (lineno < 1 || start > bytes.length) return null;
        int end = start;
        while (end < bytes.length && bytes[end] != '\n') end++;
        if (end < bytes.length) end++;
        return new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
    }

    // ---- finding ------------------------------------------------------------------------------------------------

    /**
     * A module's source: its file name, bytes, and its directory when it is a package; or, for a
     * namespace package (PEP 420: directories of that name without {@code __init__.py}), no file
     * and the directories in {@code portions}.
     */
    public record Found(String file, byte[] source, String packageDir, java.util.List<String> portions) {
        Found(String file, byte[] source, String packageDir) {
            this(file, source, packageDir, null);
        }

        public boolean isNamespace() {
            return portions != null;
        }

        /** The package's {@code __path__}: its directory, or a namespace package's portions. */
        public PyList searchLocations() {
            PyList path = new PyList();
            if (portions != null) for (String dir : portions) path.append(new PyStr(dir));
            else if (packageDir != null) path.append(new PyStr(packageDir));
            return path;
        }
    }

    /**
     * Searches each path entry for {@code NAME/__init__.py}, then {@code NAME.py}; when no entry
     * has either, the directories named NAME make a namespace package (CPython's FileFinder order).
     */
    public static Found find(String name, Object searchPath) {
        Object it = Abstract.getIter(searchPath);
        java.util.List<String> portions = null;
        for (Object entry; (entry = Ops.next(it)) != null; ) {
            if (!(entry instanceof PyStr dir)) continue;
            Found f = findIn(dir.value(), name);
            if (f != null) return f;
            String portion = namespacePortion(dir.value(), name);
            if (portion != null) {
                if (portions == null) portions = new java.util.ArrayList<>();
                portions.add(portion);
            }
        }
        return portions == null ? null : new Found(null, null, null, portions);
    }

    /** {@code ENTRY/NAME} when it is a directory on disk (Ember's jar lib has no namespace packages). */
    private static String namespacePortion(String entry, String name) {
        if (jarLibEntry != null && entry.startsWith(jarLibEntry)) return null;
        String dir = join(entry.isEmpty() ? Path.of("").toAbsolutePath().toString() : entry, name);
        try {
            return Files.isDirectory(Path.of(dir)) ? dir : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Compiles the source file {@code file} (through the code cache) and runs it in the module's namespace. */
    public static void execSource(Interpreter interp, PyModule module, String file) {
        byte[] source = read(file);
        if (source == null) throw Errors.of(Exceptions.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", file);
        runSource(interp, module, file, source);
    }

    /** Compiles a module's source through the code cache and runs it in the module's namespace. */
    private static void runSource(Interpreter interp, PyModule module, String file, byte[] source) {
        RawCode code = CodeCache.compile(interp, file, source);
        Eval.runModule(new PyCode(code), module.dict(), interp.builtins);
    }

    /** True for a directory on disk, and for Ember's lib inside its jar. */
    public static boolean isSearchableDirectory(String path) {
        if (jarLibEntry != null && path.equals(jarLibEntry)) return true;
        try {
            return Files.isDirectory(Path.of(path));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A source file's bytes (also inside the jar's lib), or null. */
    public static byte[] readSource(String file) {
        return read(file);
    }

    private static Found findIn(String entry, String name) {
        // '' means the current directory; CPython still gives modules found there absolute file names
        String dir = entry.isEmpty() ? Path.of("").toAbsolutePath().toString() : entry;
        String pkgDir = join(dir, name);
        byte[] init = read(join(pkgDir, "__init__.py"));
        if (init != null) return new Found(join(pkgDir, "__init__.py"), init, pkgDir);
        String file = join(dir, name + ".py");
        byte[] src = read(file);
        return src == null ? null : new Found(file, src, null);
    }

    private static String join(String dir, String name) {
        return dir.isEmpty() ? name : dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    /**
     * The import system's own modules come from Ember's lib whatever sys.path holds (CPython
     * freezes them into the executable): a program that empties sys.path still gets specs and
     * its meta-path finders still run.
     */
    private static Found findFrozen(String name) {
        String lib = libEntry();
        return lib == null ? null : findIn(lib, name);
    }

    /** Whether {@code path} names a file of the lib inside Ember's jar (read through the class loader). */
    static boolean isInJarLib(String path) {
        return jarLibEntry != null && path.startsWith(jarLibEntry + "/");
    }

    /** A file's bytes, or a resource's when the path lies inside the jar's lib; null when absent. */
    private static byte[] read(String path) {
        if (jarLibEntry != null && path.startsWith(jarLibEntry + "/")) {
            return LibraryCache.resource(LIB_RESOURCE + path.substring(jarLibEntry.length()));
        }
        try {
            Path p = Path.of(path.isEmpty() ? "." : path);
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    // ---- -m -----------------------------------------------------------------------------------------------------

    /** What {@code -m NAME} runs: the source, and the __package__ it runs in. */
    public record MainTarget(Found found, String packageName) {}

    /**
     * Finds the module {@code -m NAME} runs, importing its parent packages (and a package itself,
     * whose {@code __main__} then runs). Returns null after reporting CPython's message when there is none.
     */
    public static MainTarget findForMain(Interpreter interp, String name, java.util.function.Consumer<String> noModule) {
        int dot = name.lastIndexOf('.');
        String parentName = dot < 0 ? "" : name.substring(0, dot);
        Object searchPath = dot < 0 ? sysPath(interp) : attribute(load(interp, parentName), "__path__");
        Found found = searchPath == null ? null : find(name.substring(dot + 1), searchPath);
        if (found == null) {
            noModule.accept("No module named " + name);
            return null;
        }
        if (found.packageDir == null && !found.isNamespace()) return new MainTarget(found, parentName);
        Found main = find("__main__", attribute(load(interp, name), "__path__"));
        if (main == null) {
            noModule.accept("No module named %s.__main__; '%s' is a package and cannot be directly executed".formatted(name, name));
            return null;
        }
        return new MainTarget(main, name);
    }

    // ---- sys.path -----------------------------------------------------------------------------------------------

    private static Object sysPath(Interpreter interp) {
        Object sys = interp.modules.getItemStr("sys");
        Object path = sys instanceof PyModule m ? m.dict().getItemStr("path") : null;
        if (path == null) throw Errors.of(Exceptions.ImportError, "sys.path must be a list of directory names");
        return path;
    }

    /**
     * The sys.path entry for Ember's own Python library: the checkout's {@code src/main/resources/lib}
     * when {@code ember.home} names one, else where the {@code lib} resources are: a directory
     * (classes run from target/classes), or {@code JAR/lib} read through the class loader.
     */
    public static synchronized String libEntry() {
        String home = System.getProperty("ember.home");
        if (home != null) {
            Path dir = Path.of(home, "src", "main", "resources", LIB_RESOURCE);
            if (Files.isDirectory(dir)) return dir.toAbsolutePath().toString();
        }
        URL marker = Importer.class.getClassLoader().getResource(LIB_RESOURCE + "/README.md");
        if (marker == null) return null;
        String url = marker.toString();
        try {
            if (url.startsWith("file:")) return Path.of(marker.toURI()).getParent().toString();
            if (url.startsWith("jar:file:")) {
                String jar = url.substring("jar:".length(), url.indexOf("!/"));
                jarLibEntry = Path.of(new java.net.URI(jar)).toString() + "/" + LIB_RESOURCE;
                return jarLibEntry;
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
