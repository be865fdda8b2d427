package org.ember.interp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ember.compiler.LocationTable;
import org.ember.parser.ParseError;
import org.ember.parser.SyntaxErrorFormat;
import org.ember.runtime.Abstract;
import org.ember.runtime.ExceptionFields;
import org.ember.runtime.Exceptions;
import org.ember.runtime.PyBaseException;
import org.ember.runtime.PyException;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTraceback;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * Renders an exception the way CPython 3.13's default excepthook does (its {@code traceback}
 * module): the cause/context chain with the two separator sentences, "Traceback (most recent
 * call last):", one entry per frame with the source lines and, where 3.13 shows them, the
 * {@code ~~~^^^} position markers ({@link CaretLines}), "[Previous line repeated N more times]"
 * for recursion, the exception line with notes, SyntaxError's caret block, and exception
 * groups in their boxed layout.
 */
public final class TracebackPrinter {

    /** Frames repeated more than this many times in a row are summarized (CPython's _RECURSIVE_CUTOFF). */
    private static final int RECURSIVE_CUTOFF = 3;
    private static final int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;
    static final String CAUSE_MESSAGE = "\nThe above exception was the direct cause of the following exception:\n\n";
    static final String CONTEXT_MESSAGE = "\nDuring handling of the above exception, another exception occurred:\n\n";

    /** Source lines by file name: programs that are not files, then files as read (linecache). */
    private final Map<String, String[]> sources = new ConcurrentHashMap<>();

    /** Registers the source of a program that is not a file (-c, stdin). */
    public void addSource(String filename, String source) {
        sources.put(filename, splitLines(source));
    }

    /** Line {@code lineno} (1-based) of {@code file} without its line end, or "" (linecache.getline). */
    String line(String file, int lineno) {
        String[] lines = sources.computeIfAbsent(file, TracebackPrinter::readLines);
        return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : "";
    }

    private static String[] readLines(String name) {
        if (name.startsWith("<") && name.endsWith(">")) return new String[0];
        try {
            return splitLines(Files.readString(Path.of(name), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }

    /** Universal newlines, as linecache reads a file. */
    private static String[] splitLines(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (lines.length > 0 && lines[lines.length - 1].isEmpty()) {
            return java.util.Arrays.copyOf(lines, lines.length - 1);
        }
        return lines;
    }

    // ---- the whole exception --------------------------------------------------------------------------------

    /** Group nesting while printing: the margin in front of every line. */
    private static final class Context {
        int groupDepth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * groupDepth);
        }

        void emit(StringBuilder out, String text, char margin) {
            String prefix = indent() + (groupDepth > 0 ? margin + " " : "");
            if (prefix.isEmpty()) {
                out.append(text);
                return;
            }
            for (String line : text.split("(?<=\n)")) {
                if (!line.isEmpty()) out.append(prefix).append(line);
            }
        }
    }

    /** CPython's traceback text for {@code exc} and its cause/context chain. */
    public String format(PyBaseException exc) {
        StringBuilder out = new StringBuilder();
        format(exc, out, new Context());
        return out.toString();
    }

    /** The chain from the oldest exception to {@code top}; each exception appears once (cycles end there). */
    private void format(PyBaseException top, StringBuilder out, Context ctx) {
        List<PyBaseException> chain = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        PyBaseException exc = top;
        String message = null;
        while (exc != null) {
            seen.add(exc);
            chain.add(exc);
            messages.add(message);
            PyBaseException next;
            if (exc.cause() != null) {
                next = exc.cause();
                message = CAUSE_MESSAGE;
            } else if (exc.context() != null && !exc.suppressContext()) {
                next = exc.context();
                message = CONTEXT_MESSAGE;
            } else {
                next = null;
            }
            exc = next != null && !seen.contains(next) ? next : null;
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            formatOne(chain.get(i), out, ctx);
            if (messages.get(i) != null) ctx.emit(out, messages.get(i), '|');
        }
    }

    private void formatOne(PyBaseException exc, StringBuilder out, Context ctx) {
        PyTuple group = groupMembers(exc);
        if (group == null) {
            if (exc.traceback() instanceof PyTraceback tb) {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                ctx.emit(out, formatStack(tb), '|');
            }
            ctx.emit(out, exceptionOnly(exc), '|');
            return;
        }
        if (ctx.groupDepth > MAX_GROUP_DEPTH) {
            ctx.emit(out, "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", '|');
            return;
        }
        boolean topLevel = ctx.groupDepth == 0;
        if (topLevel) ctx.groupDepth++;
        if (exc.traceback() instanceof PyTraceback tb) {
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            ctx.emit(out, formatStack(tb), '|');
        }
        ctx.emit(out, exceptionOnly(exc), '|');
        int count = group.size();
        int shown = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < shown; i++) {
            boolean last = i == shown - 1;
            if (last) ctx.needClose = true;
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : String.valueOf(i + 1);
            out.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                    .append(" ----------------\n");
            ctx.groupDepth++;
            if (!truncated) {
                if (group.get(i) instanceof PyBaseException member) format(member, out, ctx);
            } else {
                int remaining = count - MAX_GROUP_WIDTH;
                ctx.emit(out, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", '|');
            }
            if (last && ctx.needClose) {
                out.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.groupDepth--;
        }
        if (topLevel) ctx.groupDepth = 0;
    }

    /** The members of an exception group (its {@code exceptions} tuple), or null for other exceptions. */
    private static PyTuple groupMembers(PyBaseException exc) {
        if (!Abstract.isInstance(exc, Exceptions.BaseExceptionGroup)) return null;
        try {
            Object members = Abstract.lookupAttr(exc, new PyStr("exceptions"));
            return members instanceof PyTuple t ? t : null;
        } catch (PyException e) {
            return null;
        }
    }

    // ---- the stack ------------------------------------------------------------------------------------------

    /** The entries of a traceback, oldest first, with runs of one repeated line summarized. */
    String formatStack(PyTraceback tb) {
        StringBuilder out = new StringBuilder();
        String lastFile = null, lastName = null;
        int lastLine = Integer.MIN_VALUE;
        int count = 0;
        for (PyTraceback t = tb; t != null; t = t.next()) {
            String file = t.code.raw.fileName();
            String name = t.code.name();
            int line = t.lineno();
            if (!file.equals(lastFile) || line != lastLine || !name.equals(lastName)) {
                appendRepeated(out, count);
                lastFile = file;
                lastLine = line;
                lastName = name;
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) continue;
            out.append(formatEntry(t));
        }
        appendRepeated(out, count);
        return out.toString();
    }

    private static void appendRepeated(StringBuilder out, int count) {
        if (count <= RECURSIVE_CUTOFF) return;
        int more = count - RECURSIVE_CUTOFF;
        out.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
    }

    /** One entry: the File line, then the source lines with their position markers. */
    String formatEntry(PyTraceback t) {
        LocationTable.Entry pos = LocationTable.positionOf(t.code.raw.lineTable(), t.code.raw.firstLineNo(), t.lasti);
        int line = t.lineno();
        StringBuilder out = new StringBuilder();
        out.append("  File \"").append(t.code.raw.fileName()).append("\", line ")
                .append(line < 0 ? "None" : String.valueOf(line)).append(", in ").append(t.code.name()).append('\n');
        if (pos == null || pos.line() < 0) return out.toString();
        int endLine = pos.endLine() < 0 ? pos.line() : pos.endLine();
        List<String> lines = new ArrayList<>();
        for (int n = pos.line(); n <= endLine; n++) lines.add(rstrip(line(t.code.raw.fileName(), n)));
        if (lines.stream().allMatch(String::isEmpty)) return out.toString();
        if (pos.column() < 0 || pos.endColumn() < 0) {
            out.append("    ").append(lines.get(0).strip()).append('\n');
            return out.toString();
        }
        out.append(CaretLines.render(lines, pos.column(), pos.endColumn()));
        return out.toString();
    }

    static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }

    // ---- the exception line ---------------------------------------------------------------------------------

    /** "Type: message" (module-qualified unless builtins or __main__), SyntaxError's block, then notes. */
    static String exceptionOnly(PyBaseException exc) {
        PyType type = exc.type();
        String module = type.module();
        String name = module.equals("builtins") || module.equals("__main__") ? type.qualname() : module + "." + type.qualname();
        StringBuilder sb = new StringBuilder();
        String syntaxError = Abstract.isInstance(exc, Exceptions.SyntaxError) ? syntaxErrorBlock(exc, name) : null;
        if (syntaxError != null) {
            sb.append(syntaxError);
        } else {
            String message = safeStr(exc, "exception") + Hints.suggestion(exc);
            sb.append(name);
            if (!message.isEmpty()) sb.append(": ").append(message);
            sb.append('\n');
        }
        appendNotes(exc, sb);
        return sb.toString();
    }

    private static String safeStr(Object o, String what) {
        try {
            return Abstract.str(o).value();
        } catch (PyException e) {
            return "<" + what + " str() failed>";
        }
    }

    private static void appendNotes(PyBaseException exc, StringBuilder sb) {
        Object notes;
        try {
            notes = Abstract.lookupAttr(exc, new PyStr("__notes__"));
        } catch (PyException e) {
            return;
        }
        if (notes == null || notes == org.ember.runtime.PyNone.NONE) return;
        if (notes instanceof PyList || notes instanceof PyTuple) {
            Object[] items = notes instanceof PyList l ? l.toArray() : ((PyTuple) notes).items();
            for (Object note : items) sb.append(safeStr(note, "note")).append('\n');
        } else {
            String text;
            try {
                text = Abstract.repr(notes).value();
            } catch (PyException e) {
                text = "<__notes__ repr() failed>";
            }
            sb.append(text).append('\n');
        }
    }

    /** SyntaxError's File line, source, caret line and "Type: msg", from its attributes. */
    private static String syntaxErrorBlock(PyBaseException exc, String typeName) {
        Object msgObj = ExceptionFields.get(exc, "msg");
        String msg = msgObj == null || msgObj == org.ember.runtime.PyNone.NONE ? "" : safeStr(msgObj, "msg");
        String file = ExceptionFields.get(exc, "filename") instanceof PyStr f ? f.value() : null;
        int lineno = intAttr(exc, "lineno"), offset = intAttr(exc, "offset");
        int endLineno = intAttr(exc, "end_lineno"), endOffset = intAttr(exc, "end_offset");
        String text = ExceptionFields.get(exc, "text") instanceof PyStr s ? s.value() : null;
        ParseError.Kind kind = Abstract.isInstance(exc, Exceptions.TabError) ? ParseError.Kind.TabError
                : Abstract.isInstance(exc, Exceptions.IndentationError) ? ParseError.Kind.IndentationError
                : ParseError.Kind.SyntaxError;
        String block = SyntaxErrorFormat.format(new ParseError(kind, msg, file, lineno, offset, endLineno, endOffset, text));
        // the block ends with the builtin kind's name; a subclass prints its own (qualified) name
        int last = block.lastIndexOf(kind.name() + ": ");
        return block.substring(0, last) + typeName + block.substring(last + kind.name().length());
    }

    private static int intAttr(PyBaseException exc, String name) {
        return ExceptionFields.get(exc, name) instanceof PyInt i && i.fitsInt() ? (int) i.longValue() : -1;
    }
}
