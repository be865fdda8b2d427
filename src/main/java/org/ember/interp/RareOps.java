package org.ember.interp;

import static org.ember.bytecode.Opcode.*;
import org.ember.bytecode.Instructions;
import org.ember.runtime.Abstract;
import org.ember.runtime.BinOp;
import org.ember.runtime.CompareOp;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBool;
import org.ember.runtime.PyCell;
import org.ember.runtime.PyCode;
import org.ember.runtime.PyDict;
import org.ember.runtime.PyException;
import org.ember.runtime.PyFunction;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyNone;
import org.ember.runtime.PySet;
import org.ember.runtime.PySlice;
import org.ember.runtime.PyTemplate;
import org.ember.runtime.PyTuple;
import org.ember.runtime.ThreadState;

/**
 * The instructions that are rarely hot (class and module bodies, imports, exception handling,
 * pattern matching, f-string pieces, async machinery, ...), executed out of {@link Eval}'s
 * dispatch loop. Keeping them out keeps {@code Eval.dispatch} small: C2 stops inlining into a
 * method once it and its inlined callees pass 8000 bytes of bytecode (DesiredMethodLimit), so
 * every rare case left in the loop would cost the hot cases their inlined helpers.
 * None of these instructions jumps, returns or has inline caches.
 */
final class RareOps {
    private RareOps() {}

    /** Executes one rare instruction on frame {@code f}'s stack; returns the new stack pointer. */
    static int execute(Frame f, ThreadState ts, Object[] s, int sp, int op, int oparg) {
        final PyCode co = f.code;
        switch (op) {
            case LOAD_COMMON_CONSTANT -> { s[sp++] = Ops.commonConstant(f, oparg); }
            case DELETE_FAST -> { Ops.checkLocal(f, oparg); s[oparg] = null; }
            case MAKE_CELL -> s[oparg] = new PyCell(s[oparg]);
            case COPY_FREE_VARS -> Ops.copyFreeVars(f, oparg);
            case DELETE_DEREF -> { Ops.loadDeref(f, oparg); ((PyCell) s[oparg]).contents = null; }
            case LOAD_FROM_DICT_OR_DEREF -> { s[sp - 1] = Ops.loadFromDictOrDeref(f, s[sp - 1], oparg); }
            case LOAD_NAME -> { s[sp++] = Ops.loadName(f, co.names[oparg]); }
            case STORE_NAME -> { Ops.storeName(f, co.names[oparg], s[--sp]); }
            case DELETE_NAME -> Ops.deleteName(f, co.names[oparg]);
            case LOAD_LOCALS -> { s[sp++] = Ops.locals(f); }
            case LOAD_FROM_DICT_OR_GLOBALS -> { s[sp - 1] = Ops.loadFromDictOrGlobals(f, s[sp - 1], co.names[oparg]); }
            case STORE_GLOBAL -> { f.globals.setItem(co.names[oparg], s[--sp]); }
            case DELETE_GLOBAL -> Ops.deleteGlobal(f, co.names[oparg]);
            case LOAD_BUILD_CLASS -> { s[sp++] = Ops.loadBuildClass(f); }
            case SETUP_ANNOTATIONS -> Ops.setupAnnotations(f);
            case DELETE_ATTR -> { Abstract.delAttr(s[--sp], co.names[oparg]); }
            case LOAD_SPECIAL -> { Ops.loadSpecial(s, sp, oparg); sp++; }
            case UNARY_INVERT -> { s[sp - 1] = Abstract.invert(s[sp - 1]); }
            case STORE_SLICE -> { Abstract.setItem(s[sp - 3], new PySlice(s[sp - 2], s[sp - 1], PyNone.NONE), s[sp - 4]); sp -= 4; }
            case DELETE_SUBSCR -> { Abstract.delItem(s[sp - 2], s[sp - 1]); sp -= 2; }
            case CALL_INTRINSIC_1 -> { s[sp - 1] = Ops.intrinsic1(f, ts, oparg, s[sp - 1]); }
            case CALL_INTRINSIC_2 -> { s[sp - 2] = Ops.intrinsic2(oparg, s[sp - 2], s[sp - 1]); sp--; }
            case BUILD_SET -> { sp -= oparg; s[sp] = Ops.set(s, sp, oparg); sp++; }
            case BUILD_MAP -> { sp -= 2 * oparg; s[sp] = Ops.map(s, sp, oparg); sp++; }
            case BUILD_SLICE -> { sp -= oparg; s[sp] = Ops.buildSlice(s, sp, oparg); sp++; }
            case SET_ADD -> { ((PySet) s[sp - 1 - oparg]).add(s[sp - 1]); s[--sp] = null; }
            case MAP_ADD -> { ((PyDict) s[sp - 2 - oparg]).setItem(s[sp - 2], s[sp - 1]); sp -= 2; }
            case LIST_EXTEND -> { Ops.listExtend((PyList) s[sp - 1 - oparg], s[sp - 1]); s[--sp] = null; }
            case SET_UPDATE -> { Ops.setUpdate((PySet) s[sp - 1 - oparg], s[sp - 1]); s[--sp] = null; }
            case DICT_UPDATE -> { Ops.dictUpdate((PyDict) s[sp - 1 - oparg], s[sp - 1]); s[--sp] = null; }
            case DICT_MERGE -> { Ops.dictMerge(s[sp - 4 - oparg], (PyDict) s[sp - 1 - oparg], s[sp - 1]); s[--sp] = null; }
            case BUILD_INTERPOLATION -> sp = Ops.buildInterpolation(s, sp, oparg);
            case BUILD_TEMPLATE -> { s[sp - 2] = PyTemplate.build(s[sp - 2], s[sp - 1]); s[--sp] = null; }
            case CONVERT_VALUE -> { s[sp - 1] = Ops.convertValue(s[sp - 1], oparg); }
            case FORMAT_SIMPLE -> { s[sp - 1] = Ops.format(s[sp - 1], null); }
            case FORMAT_WITH_SPEC -> { s[sp - 2] = Ops.format(s[sp - 2], s[sp - 1]); s[--sp] = null; }
            case UNPACK_EX -> sp = Ops.unpackEx(s, sp, oparg);
            case GET_LEN -> { s[sp] = PyInt.of(Abstract.len(s[sp - 1])); sp++; }
            case CALL_FUNCTION_EX -> { sp -= 4; s[sp] = Ops.callEx(s[sp], s[sp + 1], s[sp + 2], s[sp + 3]); sp++; }
            case EXIT_INIT_CHECK -> { Ops.exitInitCheck(s[--sp]); }
            case MAKE_FUNCTION -> { s[sp - 1] = new PyFunction((PyCode) s[sp - 1], f.globals, f.builtins); }
            case SET_FUNCTION_ATTRIBUTE -> { Ops.setFunctionAttribute((PyFunction) s[sp - 1], oparg, s[sp - 2]); s[sp - 2] = s[sp - 1]; sp--; }
            case RAISE_VARARGS -> throw Ops.raise(f, ts, oparg, s, sp);
            case RERAISE -> throw Ops.reraise(f, s, sp, oparg);
            case PUSH_EXC_INFO -> { Object exc = s[sp - 1]; s[sp - 1] = Ops.swapHandled(ts, exc); s[sp++] = exc; }
            case POP_EXCEPT -> { Ops.restoreHandled(ts, s[--sp]); }
            case CHECK_EG_MATCH -> Ops.checkEgMatch(ts, s, sp);
            case CHECK_EXC_MATCH -> { s[sp - 1] = PyBool.of(Ops.exceptionMatches(s[sp - 2], s[sp - 1])); }
            case WITH_EXCEPT_START -> { s[sp] = Ops.withExceptStart(s, sp); sp++; }
            case IMPORT_NAME -> { s[sp - 2] = Ops.importName(f, co.names[oparg], s[sp - 1], s[sp - 2]); sp--; }
            case IMPORT_FROM -> { s[sp] = Ops.importFrom(s[sp - 1], co.names[oparg]); sp++; }
            case MATCH_MAPPING -> { s[sp] = PyBool.of(Ops.isMapping(s[sp - 1])); sp++; }
            case MATCH_SEQUENCE -> { s[sp] = PyBool.of(Ops.isSequence(s[sp - 1])); sp++; }
            case MATCH_KEYS -> { s[sp] = Ops.matchKeys(s[sp - 2], s[sp - 1]); sp++; }
            case MATCH_CLASS -> { sp -= 2; s[sp - 1] = Ops.matchClass(s[sp - 1], s[sp], (PyTuple) s[sp + 1], oparg); }
            case GET_YIELD_FROM_ITER -> { s[sp - 1] = Generators.yieldFromIter(f, s[sp - 1]); }
            case END_SEND -> { s[sp - 2] = s[sp - 1]; s[--sp] = null; }
            case CLEANUP_THROW -> { Generators.cleanupThrow(f, s, sp); sp--; }
            case GET_AITER -> { s[sp - 1] = Async.getAiter(s[sp - 1]); }
            case GET_ANEXT -> { s[sp] = Async.getAnext(s[sp - 1]); sp++; }
            case END_ASYNC_FOR -> { Async.endAsyncFor(f, s[sp - 1]); s[--sp] = null; s[--sp] = null; }
            case GET_AWAITABLE -> { s[sp - 1] = Generators.awaitable(s[sp - 1], oparg); }
            default -> throw Ops.unsupported(op);
        }
        return sp;
    }
}
