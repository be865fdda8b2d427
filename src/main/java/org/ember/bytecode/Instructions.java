package org.ember.bytecode;

import static org.ember.bytecode.OpInfo.EVAL_BREAK;
import static org.ember.bytecode.OpInfo.HAS_ARG;
import static org.ember.bytecode.OpInfo.HAS_CONST;
import static org.ember.bytecode.OpInfo.HAS_EXC;
import static org.ember.bytecode.OpInfo.HAS_FREE;
import static org.ember.bytecode.OpInfo.HAS_JUMP;
import static org.ember.bytecode.OpInfo.HAS_LOCAL;
import static org.ember.bytecode.OpInfo.HAS_NAME;
import static org.ember.bytecode.OpInfo.IS_BACKWARD_JUMP;
import static org.ember.bytecode.OpInfo.IS_BRANCH;
import static org.ember.bytecode.OpInfo.IS_INSTRUMENTED;
import static org.ember.bytecode.OpInfo.IS_PSEUDO;
import static org.ember.bytecode.OpInfo.IS_SPECIALIZED;
import static org.ember.bytecode.OpInfo.MAY_RAISE;
import static org.ember.bytecode.OpInfo.NONE;
import static org.ember.bytecode.OpInfo.NO_FALLTHROUGH;
import static org.ember.bytecode.Opcode.*;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * THE instruction table: every instruction of Ember (= CPython 3.14) defined once, with what it
 * does, its stack picture, inline caches and flags. The compiler's stack-depth pass, the
 * assembler, {@code dis}, the specializer, monitoring and the tests all read it.
 *
 * <h2>How to read a definition</h2>
 * <pre>
 *   op(LOAD_GLOBAL, "-- res, null[oparg &amp; 1]", HAS_ARG | HAS_NAME | MAY_RAISE,
 *      "Push global co_names[oparg &gt;&gt; 1] (module globals, then builtins) ...")
 *      .caches("counter, index, module_keys_version, builtin_keys_version");
 * </pre>
 * The picture says what the instruction takes from the top of the stack (left of {@code --},
 * top of stack last) and leaves there (right); {@code name[expr]} is {@code expr} values (see
 * {@link StackPicture}). Values written on both sides are only peeked at. {@code caches(...)} names the
 * inline-cache code units that follow the instruction, in order; {@code name[n]} spans n units.
 *
 * <p>A {@code specialized(HEAD, MEMBER, doc)} line makes MEMBER part of HEAD's family: it has the
 * head's stack picture, caches and flags (a guard failure falls back to the head's generic
 * behaviour, so it can raise whatever the head can). An {@code instrumented(TWIN, BASE)} line
 * does the same for sys.monitoring's twin of BASE. A {@code pseudo(...)} line declares a
 * compiler-only instruction and the real ones the assembler lowers it to.
 *
 * <p>Ember keeps CPython 3.14's numbering and semantics. Where a count differs from CPython's C
 * metadata it is because CPython's specialized calls push a frame instead of a result; Ember's
 * members always have their head's effect (Python-to-Python calls recurse on the Java stack).
 */
public final class Instructions {
    private Instructions() {}

    /** CPython's {@code opcode.HAVE_ARGUMENT}; only a hint, {@link OpInfo#HAS_ARG} is the truth. */
    public static final int HAVE_ARGUMENT = 43;
    /** The lowest INSTRUMENTED_* number (CPython's {@code MIN_INSTRUMENTED_OPCODE}). */
    public static final int MIN_INSTRUMENTED_OPCODE = 234;
    /** The lowest pseudo-instruction number; real code units only hold opcodes below it. */
    public static final int MIN_PSEUDO_OPCODE = 256;
    /** One more than the highest opcode number (real or pseudo). */
    public static final int OPCODE_LIMIT = 267;

    // =============================================================================================
    //  The definitions. Grouped by what the instructions are for; order does not matter.
    // =============================================================================================
    private static void defineAll() {
        // ---- Not executed ------------------------------------------------------------------------
        op(CACHE, "--", 0,
                "An inline-cache unit. Never executed: it belongs to the instruction before it.");
        op(RESERVED, "--", 0,
                "Unused; keeps its number free, as in CPython.");
        op(NOP, "--", 0,
                "Does nothing. Left where the optimizer removed code but a line number must stay.");
        op(EXTENDED_ARG, "--", HAS_ARG,
                "Prefix: shifts its argument into the next instruction's oparg (oparg << 8 | next).");

        // ---- Frame start, generators, returns ------------------------------------------------------
        op(RESUME, "--", HAS_ARG | EVAL_BREAK,
                "Start of a function body or resumption after a yield/await (oparg: Oparg.RESUME_*). "
                + "Checks the eval breaker and instrumentation version.");
        specialized(RESUME, RESUME_CHECK,
                "RESUME once the code's instrumentation is known to be current: only the eval-breaker check.");
        op(RETURN_GENERATOR, "-- res", 0,
                "First instruction of a generator/coroutine body: wraps the frame in a generator and "
                + "returns it to the caller; execution continues here when first resumed.");
        op(RETURN_VALUE, "retval -- res", NO_FALLTHROUGH,
                "Return retval to the caller (the caller sees it pushed, hence the net effect 0).");
        op(YIELD_VALUE, "retval -- value", HAS_ARG,
                "Suspend the generator, yielding retval; resumption pushes the value sent in. "
                + "oparg: Oparg.YIELD_* (1 inside yield-from/await).");
        op(GET_YIELD_FROM_ITER, "iterable -- iter", MAY_RAISE,
                "iter(iterable) for 'yield from', except that generators and (in coroutines) "
                + "coroutines are used as they are.");
        op(SEND, "receiver, v -- receiver, retval", HAS_ARG | HAS_JUMP | IS_BRANCH | MAY_RAISE,
                "Send v into the sub-generator receiver (next() if v is None). If it yields, push the "
                + "value; if it returns, push the return value and jump forward by oparg.").caches("counter");
        specialized(SEND, SEND_GEN,
                "SEND into an exact generator or coroutine: resumes its frame directly.");
        op(END_SEND, "receiver, value -- val", 0,
                "End of a yield-from/await loop: drop the finished receiver, keep the value.");
        op(CLEANUP_THROW, "sub_iter, last_sent_val, exc_value -- none, value", MAY_RAISE,
                "Handler inside yield-from/await after throw(): StopIteration becomes its value, "
                + "anything else is re-raised.");
        op(INTERPRETER_EXIT, "retval --", NO_FALLTHROUGH,
                "Leave the evaluation loop with retval (used by trampolines that enter the loop "
                + "for a single call).");

        // ---- Stack manipulation --------------------------------------------------------------------
        op(POP_TOP, "value --", 0,
                "Discard the top of the stack.");
        op(PUSH_NULL, "-- null", 0,
                "Push NULL (the empty 'self' slot under a callable).");
        op(COPY, "bottom, unused[oparg-1] -- bottom, unused[oparg-1], top", HAS_ARG,
                "Push a copy of the oparg-th value from the top (COPY 1 duplicates the top).");
        op(SWAP, "bottom, unused[oparg-2], top -- top, unused[oparg-2], bottom", HAS_ARG,
                "Exchange the top with the oparg-th value from the top (oparg >= 2).");
        op(END_FOR, "value --", 0,
                "Target of FOR_ITER's exit edge: pops the 'next' value the compiler's model leaves "
                + "there. At run time FOR_ITER jumps past it.");
        op(POP_ITER, "iter --", 0,
                "Discard the exhausted iterator at the end of a for loop.");
        op(NOT_TAKEN, "--", 0,
                "Marks the fall-through side of a branch, so monitoring can report BRANCH_LEFT.");

        // ---- Constants -----------------------------------------------------------------------------
        op(LOAD_CONST, "-- value", HAS_ARG | HAS_CONST,
                "Push co_consts[oparg].");
        specialized(LOAD_CONST, LOAD_CONST_MORTAL,
                "LOAD_CONST of an ordinary object (CPython counts references; Ember: same as LOAD_CONST).");
        specialized(LOAD_CONST, LOAD_CONST_IMMORTAL,
                "LOAD_CONST of an immortal object (CPython skips refcounting; Ember: same as LOAD_CONST).");
        op(LOAD_SMALL_INT, "-- value", HAS_ARG,
                "Push the int oparg (0..255), without a co_consts entry.");
        op(LOAD_COMMON_CONSTANT, "-- value", HAS_ARG,
                "Push a builtin the compiler may rely on: Oparg.CONSTANT_* (AssertionError, tuple, ...).");

        // ---- Local, cell and free variables --------------------------------------------------------
        op(LOAD_FAST, "-- value", HAS_ARG | HAS_LOCAL,
                "Push local oparg; the compiler proved it is bound.");
        op(LOAD_FAST_BORROW, "-- value", HAS_ARG | HAS_LOCAL,
                "LOAD_FAST whose reference CPython may borrow; the same thing on the JVM.");
        op(LOAD_FAST_CHECK, "-- value", HAS_ARG | HAS_LOCAL | MAY_RAISE,
                "Push local oparg, raising UnboundLocalError if it is unbound.");
        op(LOAD_FAST_AND_CLEAR, "-- value", HAS_ARG | HAS_LOCAL,
                "Push local oparg (NULL if unbound) and unbind it: saves a name an inlined "
                + "comprehension shadows.");
        op(LOAD_FAST_LOAD_FAST, "-- value1, value2", HAS_ARG | HAS_LOCAL,
                "Push local oparg >> 4, then local oparg & 15.");
        op(LOAD_FAST_BORROW_LOAD_FAST_BORROW, "-- value1, value2", HAS_ARG | HAS_LOCAL,
                "Borrowing form of LOAD_FAST_LOAD_FAST.");
        op(STORE_FAST, "value --", HAS_ARG | HAS_LOCAL,
                "Pop into local oparg.");
        op(STORE_FAST_LOAD_FAST, "value1 -- value2", HAS_ARG | HAS_LOCAL,
                "Pop into local oparg >> 4, then push local oparg & 15.");
        op(STORE_FAST_STORE_FAST, "value2, value1 --", HAS_ARG | HAS_LOCAL,
                "Pop into local oparg >> 4, then pop into local oparg & 15.");
        op(DELETE_FAST, "--", HAS_ARG | HAS_LOCAL | MAY_RAISE,
                "Unbind local oparg (UnboundLocalError if it is not bound).");
        op(MAKE_CELL, "--", HAS_ARG | HAS_FREE,
                "Replace local oparg by a new cell holding its current value (at function start).");
        op(COPY_FREE_VARS, "--", HAS_ARG,
                "Copy the function's oparg closure cells into the last oparg slots of localsplus.");
        // CPython 3.14 classifies LOAD_DEREF's oparg as a local (HAS_LOCAL), the other *_DEREF
        // instructions as free: both index localsplus, and dis resolves them the same way.
        op(LOAD_DEREF, "-- value", HAS_ARG | HAS_LOCAL | MAY_RAISE,
                "Push the contents of the cell in slot oparg (NameError/UnboundLocalError if empty).");
        op(STORE_DEREF, "v --", HAS_ARG | HAS_FREE,
                "Pop into the cell in slot oparg.");
        op(DELETE_DEREF, "--", HAS_ARG | HAS_FREE | MAY_RAISE,
                "Empty the cell in slot oparg (error if already empty).");
        op(LOAD_FROM_DICT_OR_DEREF, "class_dict -- value", HAS_ARG | HAS_FREE | MAY_RAISE,
                "Class bodies: the name of slot oparg from class_dict, else the cell's contents.");

        // ---- Names: class/module namespaces, globals ----------------------------------------------
        op(LOAD_NAME, "-- v", HAS_ARG | HAS_NAME | MAY_RAISE,
                "Push co_names[oparg] from locals, globals, then builtins (NameError).");
        op(STORE_NAME, "v --", HAS_ARG | HAS_NAME | MAY_RAISE,
                "locals()[co_names[oparg]] = v.");
        op(DELETE_NAME, "--", HAS_ARG | HAS_NAME | MAY_RAISE,
                "del locals()[co_names[oparg]] (NameError).");
        op(LOAD_LOCALS, "-- locals", MAY_RAISE,
                "Push the frame's locals mapping (SystemError if there is none).");
        op(LOAD_FROM_DICT_OR_GLOBALS, "mod_or_class_dict -- v", HAS_ARG | HAS_NAME | MAY_RAISE,
                "co_names[oparg] from the given mapping, else globals, else builtins (annotation scopes).");
        op(LOAD_GLOBAL, "-- res, null[oparg & 1]", HAS_ARG | HAS_NAME | MAY_RAISE,
                "Push global co_names[oparg >> 1] (module globals, then builtins; NameError); "
                + "bit 0 also pushes NULL for a following CALL.").caches("counter, index, module_keys_version, builtin_keys_version");
        specialized(LOAD_GLOBAL, LOAD_GLOBAL_MODULE,
                "Global found in the module dict: guard its keys version, load by cached index.");
        specialized(LOAD_GLOBAL, LOAD_GLOBAL_BUILTIN,
                "Global found in builtins: guard both keys versions, load by cached index.");
        op(STORE_GLOBAL, "v --", HAS_ARG | HAS_NAME,
                "globals()[co_names[oparg]] = v.");
        op(DELETE_GLOBAL, "--", HAS_ARG | HAS_NAME | MAY_RAISE,
                "del globals()[co_names[oparg]] (NameError).");
        op(LOAD_BUILD_CLASS, "-- bc", MAY_RAISE,
                "Push builtins.__build_class__ (NameError if missing).");
        op(SETUP_ANNOTATIONS, "--", MAY_RAISE,
                "Create __annotations__ in the locals if it is not there (module/class bodies).");

        // ---- Attributes ------------------------------------------------------------------------------
        op(LOAD_ATTR, "owner -- attr, self_or_null[oparg & 1]", HAS_ARG | HAS_NAME | MAY_RAISE,
                "owner.co_names[oparg >> 1]. With bit 0 set (method call) push either the unbound "
                + "method and owner, or the attribute and NULL.").caches("counter, version[2], keys_version[2], descr[4]");
        specialized(LOAD_ATTR, LOAD_ATTR_INSTANCE_VALUE,
                "Instance attribute in the shared-key values array: type version guard + index.");
        specialized(LOAD_ATTR, LOAD_ATTR_MODULE,
                "Module attribute: module dict keys version guard + index.");
        specialized(LOAD_ATTR, LOAD_ATTR_WITH_HINT,
                "Instance attribute in a materialized __dict__, at a cached hint index.");
        specialized(LOAD_ATTR, LOAD_ATTR_SLOT,
                "__slots__ member: type version guard + slot index.");
        specialized(LOAD_ATTR, LOAD_ATTR_CLASS,
                "Attribute of a class object: type version guard, cached value.");
        specialized(LOAD_ATTR, LOAD_ATTR_CLASS_WITH_METACLASS_CHECK,
                "LOAD_ATTR_CLASS that also guards the metaclass version.");
        specialized(LOAD_ATTR, LOAD_ATTR_PROPERTY,
                "Python property: call its getter (cached function) directly.");
        specialized(LOAD_ATTR, LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN,
                "Class with a Python __getattribute__: call it directly.");
        specialized(LOAD_ATTR, LOAD_ATTR_METHOD_WITH_VALUES,
                "Method load on an instance with inline values: push cached function and self.");
        specialized(LOAD_ATTR, LOAD_ATTR_METHOD_NO_DICT,
                "Method load on an instance without a __dict__: push cached function and self.");
        specialized(LOAD_ATTR, LOAD_ATTR_METHOD_LAZY_DICT,
                "Method load on an instance whose __dict__ is not yet materialized.");
        specialized(LOAD_ATTR, LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES,
                "Non-descriptor class attribute, instance with inline values (no shadowing key).");
        specialized(LOAD_ATTR, LOAD_ATTR_NONDESCRIPTOR_NO_DICT,
                "Non-descriptor class attribute, instance without a __dict__.");
        op(STORE_ATTR, "v, owner --", HAS_ARG | HAS_NAME | MAY_RAISE,
                "owner.co_names[oparg] = v.").caches("counter, version[2], index");
        specialized(STORE_ATTR, STORE_ATTR_INSTANCE_VALUE,
                "Store into the shared-key values array: type version guard + index.");
        specialized(STORE_ATTR, STORE_ATTR_SLOT,
                "Store into a __slots__ member: type version guard + slot index.");
        specialized(STORE_ATTR, STORE_ATTR_WITH_HINT,
                "Store into a materialized __dict__ at a cached hint index.");
        op(DELETE_ATTR, "owner --", HAS_ARG | HAS_NAME | MAY_RAISE,
                "del owner.co_names[oparg].");
        op(LOAD_SUPER_ATTR, "global_super, class, self -- attr, null[oparg & 1]",
                HAS_ARG | HAS_NAME | MAY_RAISE,
                "super(class, self).co_names[oparg >> 2]; bit 0: method load (as LOAD_ATTR), "
                + "bit 1: the source called super with arguments.").caches("counter");
        specialized(LOAD_SUPER_ATTR, LOAD_SUPER_ATTR_ATTR,
                "global_super is the builtin super: look the attribute up directly.");
        specialized(LOAD_SUPER_ATTR, LOAD_SUPER_ATTR_METHOD,
                "global_super is the builtin super: method lookup without a super object.");
        op(LOAD_SPECIAL, "self -- method, self_or_null", HAS_ARG | MAY_RAISE,
                "Look up special method Oparg.SPECIAL_* (__enter__, __exit__, ...) on type(self) "
                + "(TypeError naming the protocol if missing).");

        // ---- Operators -------------------------------------------------------------------------------
        op(UNARY_NEGATIVE, "value -- res", MAY_RAISE, "-value (type(value).__neg__).");
        op(UNARY_INVERT, "value -- res", MAY_RAISE, "~value (type(value).__invert__).");
        op(UNARY_NOT, "value -- res", 0, "not value, for a value that is already an exact bool.");
        op(TO_BOOL, "value -- res", MAY_RAISE,
                "bool(value): the truth test before a conditional jump or 'not'.").caches("counter, version[2]");
        specialized(TO_BOOL, TO_BOOL_ALWAYS_TRUE,
                "Instance of a class with neither __bool__ nor __len__ (type version guard): True.");
        specialized(TO_BOOL, TO_BOOL_BOOL, "Already a bool.");
        specialized(TO_BOOL, TO_BOOL_INT, "Exact int: value != 0.");
        specialized(TO_BOOL, TO_BOOL_LIST, "Exact list: len != 0.");
        specialized(TO_BOOL, TO_BOOL_NONE, "None: False.");
        specialized(TO_BOOL, TO_BOOL_STR, "Exact str: len != 0.");
        op(BINARY_OP, "lhs, rhs -- res", HAS_ARG | MAY_RAISE,
                "lhs <op> rhs, where oparg is Oparg.NB_* (in-place variants and NB_SUBSCR, lhs[rhs], "
                + "included).").caches("counter, descr[4]");
        specialized(BINARY_OP, BINARY_OP_MULTIPLY_INT, "int * int.");
        specialized(BINARY_OP, BINARY_OP_ADD_INT, "int + int.");
        specialized(BINARY_OP, BINARY_OP_SUBTRACT_INT, "int - int.");
        specialized(BINARY_OP, BINARY_OP_MULTIPLY_FLOAT, "float * float.");
        specialized(BINARY_OP, BINARY_OP_ADD_FLOAT, "float + float.");
        specialized(BINARY_OP, BINARY_OP_SUBTRACT_FLOAT, "float - float.");
        specialized(BINARY_OP, BINARY_OP_ADD_UNICODE, "str + str.");
        specialized(BINARY_OP, BINARY_OP_SUBSCR_LIST_INT, "list[int].");
        specialized(BINARY_OP, BINARY_OP_SUBSCR_LIST_SLICE, "list[slice].");
        specialized(BINARY_OP, BINARY_OP_SUBSCR_TUPLE_INT, "tuple[int].");
        specialized(BINARY_OP, BINARY_OP_SUBSCR_STR_INT, "str[int].");
        specialized(BINARY_OP, BINARY_OP_SUBSCR_DICT, "dict[key].");
        specialized(BINARY_OP, BINARY_OP_SUBSCR_GETITEM,
                "Subscript of a class with a Python __getitem__: call it directly.");
        specialized(BINARY_OP, BINARY_OP_EXTEND,
                "Operand pair with a registered fast function (e.g. int/float mixes); cached in the cache.");
        specialized(BINARY_OP, BINARY_OP_INPLACE_ADD_UNICODE,
                "s += t where s is a local about to be stored back: append in place when possible.");
        op(COMPARE_OP, "left, right -- res", HAS_ARG | MAY_RAISE,
                "Rich comparison Oparg.compareIndex(oparg) (cmp_op: < <= == != > >=); "
                + "bit 4 converts the result to bool.").caches("counter");
        specialized(COMPARE_OP, COMPARE_OP_FLOAT, "float <cmp> float.");
        specialized(COMPARE_OP, COMPARE_OP_INT, "int <cmp> int (both fit a machine word).");
        specialized(COMPARE_OP, COMPARE_OP_STR, "str == / != str.");
        op(IS_OP, "left, right -- b", HAS_ARG,
                "left is right (oparg 1: is not).");
        op(CONTAINS_OP, "left, right -- b", HAS_ARG | MAY_RAISE,
                "left in right (oparg 1: not in).").caches("counter");
        specialized(CONTAINS_OP, CONTAINS_OP_SET, "x in set/frozenset.");
        specialized(CONTAINS_OP, CONTAINS_OP_DICT, "x in dict.");
        op(BINARY_SLICE, "container, start, stop -- res", MAY_RAISE,
                "container[start:stop].");
        op(STORE_SLICE, "v, container, start, stop --", MAY_RAISE,
                "container[start:stop] = v.");
        op(STORE_SUBSCR, "v, container, sub --", MAY_RAISE,
                "container[sub] = v.").caches("counter");
        // members in CPython's order (bytecodes.c), which opcode._specializations shows
        specialized(STORE_SUBSCR, STORE_SUBSCR_DICT, "dict[key] = v.");
        specialized(STORE_SUBSCR, STORE_SUBSCR_LIST_INT, "list[int] = v, index in range.");
        op(DELETE_SUBSCR, "container, sub --", MAY_RAISE,
                "del container[sub].");
        op(CALL_INTRINSIC_1, "value -- res", HAS_ARG | MAY_RAISE,
                "Apply intrinsic function Oparg.INTRINSIC_* (one argument) to value.");
        op(CALL_INTRINSIC_2, "value2, value1 -- res", HAS_ARG | MAY_RAISE,
                "Apply two-argument intrinsic Oparg.INTRINSIC2_* to (value2, value1).");

        // ---- Building containers and strings -------------------------------------------------------
        op(BUILD_TUPLE, "values[oparg] -- tup", HAS_ARG, "tuple of the top oparg values.");
        op(BUILD_LIST, "values[oparg] -- list", HAS_ARG, "list of the top oparg values.");
        op(BUILD_SET, "values[oparg] -- set", HAS_ARG | MAY_RAISE,
                "set of the top oparg values (TypeError if unhashable).");
        op(BUILD_MAP, "values[oparg*2] -- map", HAS_ARG | MAY_RAISE,
                "dict of oparg key, value pairs.");
        op(BUILD_SLICE, "args[oparg] -- slice", HAS_ARG,
                "slice(start, stop) or slice(start, stop, step): oparg is 2 or 3.");
        op(BUILD_STRING, "pieces[oparg] -- str", HAS_ARG,
                "Concatenate oparg strings (f-strings).");
        op(LIST_APPEND, "list, unused[oparg-1], v -- list, unused[oparg-1]", HAS_ARG,
                "Append v to the list oparg deep under it (comprehensions).");
        op(SET_ADD, "set, unused[oparg-1], v -- set, unused[oparg-1]", HAS_ARG | MAY_RAISE,
                "Add v to the set oparg deep under it.");
        op(MAP_ADD, "dict, unused[oparg-1], key, value -- dict, unused[oparg-1]", HAS_ARG | MAY_RAISE,
                "dict[key] = value for the dict oparg deep under them.");
        op(LIST_EXTEND, "list, unused[oparg-1], iterable -- list, unused[oparg-1]", HAS_ARG | MAY_RAISE,
                "list.extend(iterable) (star unpacking in displays).");
        op(SET_UPDATE, "set, unused[oparg-1], iterable -- set, unused[oparg-1]", HAS_ARG | MAY_RAISE,
                "set.update(iterable).");
        op(DICT_UPDATE, "dict, unused[oparg-1], update -- dict, unused[oparg-1]", HAS_ARG | MAY_RAISE,
                "dict.update(update) for {**update} (TypeError if not a mapping).");
        op(DICT_MERGE, "callable, unused, unused, dict, unused[oparg-1], update "
                + "-- callable, unused, unused, dict, unused[oparg-1]", HAS_ARG | MAY_RAISE,
                "Merge f(**update) keyword arguments into dict: duplicate keys are a TypeError "
                + "naming callable.");
        op(CONVERT_VALUE, "value -- result", HAS_ARG | MAY_RAISE,
                "str(), repr() or ascii() of value for f-string conversions (Oparg.FVC_*).");
        op(FORMAT_SIMPLE, "value -- res", MAY_RAISE,
                "format(value) (value itself if it is an exact str).");
        op(FORMAT_WITH_SPEC, "value, fmt_spec -- res", MAY_RAISE,
                "format(value, fmt_spec).");
        op(BUILD_INTERPOLATION, "value, str, format[oparg & 1] -- interpolation", HAS_ARG,
                "string.templatelib.Interpolation(value, str, conversion oparg >> 2, format if bit 0).");
        op(BUILD_TEMPLATE, "strings, interpolations -- template", MAY_RAISE,
                "string.templatelib.Template from a tuple of strings and one of interpolations.");

        // ---- Unpacking -----------------------------------------------------------------------------
        op(UNPACK_SEQUENCE, "seq -- output[oparg]", HAS_ARG | MAY_RAISE,
                "Unpack seq into exactly oparg values, first item on top.").caches("counter");
        specialized(UNPACK_SEQUENCE, UNPACK_SEQUENCE_TWO_TUPLE, "Exact tuple of length 2.");
        specialized(UNPACK_SEQUENCE, UNPACK_SEQUENCE_TUPLE, "Exact tuple of length oparg.");
        specialized(UNPACK_SEQUENCE, UNPACK_SEQUENCE_LIST, "Exact list of length oparg.");
        op(UNPACK_EX, "seq -- left[oparg & 0xFF], list, right[oparg >> 8]", HAS_ARG | MAY_RAISE,
                "Starred unpacking: oparg & 0xFF values before the star, a list, oparg >> 8 after.");

        // ---- Jumps and loops -----------------------------------------------------------------------
        op(JUMP_FORWARD, "--", HAS_ARG | HAS_JUMP | NO_FALLTHROUGH,
                "Jump forward by oparg code units.");
        op(JUMP_BACKWARD, "--", HAS_ARG | HAS_JUMP | IS_BACKWARD_JUMP | NO_FALLTHROUGH | EVAL_BREAK,
                "Jump back by oparg units (loop edge): checks the eval breaker; its counter "
                + "measures loop hotness.").caches("counter");
        specialized(JUMP_BACKWARD, JUMP_BACKWARD_NO_JIT,
                "JUMP_BACKWARD when no JIT is available: no hotness counting.");
        specialized(JUMP_BACKWARD, JUMP_BACKWARD_JIT,
                "JUMP_BACKWARD that counts towards compiling the loop with the JIT.");
        op(JUMP_BACKWARD_NO_INTERRUPT, "--", HAS_ARG | HAS_JUMP | IS_BACKWARD_JUMP | NO_FALLTHROUGH,
                "Jump back by oparg units without checking the eval breaker (await/yield-from loops).");
        op(POP_JUMP_IF_TRUE, "cond --", HAS_ARG | HAS_JUMP | IS_BRANCH,
                "Pop an exact bool; jump forward by oparg if it is True.").caches("counter");
        op(POP_JUMP_IF_FALSE, "cond --", HAS_ARG | HAS_JUMP | IS_BRANCH,
                "Pop an exact bool; jump forward by oparg if it is False.").caches("counter");
        op(POP_JUMP_IF_NONE, "value --", HAS_ARG | HAS_JUMP | IS_BRANCH,
                "Pop; jump forward by oparg if it is None.").caches("counter");
        op(POP_JUMP_IF_NOT_NONE, "value --", HAS_ARG | HAS_JUMP | IS_BRANCH,
                "Pop; jump forward by oparg if it is not None.").caches("counter");
        op(GET_ITER, "iterable -- iter", MAY_RAISE,
                "iter(iterable).");
        op(FOR_ITER, "iter -- iter, next", HAS_ARG | HAS_JUMP | IS_BRANCH | MAY_RAISE,
                "Push next(iter); when exhausted, jump forward by oparg to the loop's END_FOR and "
                + "past it (the compiler models the exit edge as also pushing 'next', which END_FOR "
                + "pops).").caches("counter");
        specialized(FOR_ITER, FOR_ITER_LIST, "Iterating an exact list.");
        specialized(FOR_ITER, FOR_ITER_TUPLE, "Iterating an exact tuple.");
        specialized(FOR_ITER, FOR_ITER_RANGE, "Iterating a range.");
        specialized(FOR_ITER, FOR_ITER_GEN, "Iterating a generator: resumes its frame directly.");
        op(GET_LEN, "obj -- obj, len", MAY_RAISE,
                "Push len(obj) (pattern matching).");

        // ---- Calls and functions -------------------------------------------------------------------
        op(CALL, "callable, self_or_null, args[oparg] -- res", HAS_ARG | MAY_RAISE | EVAL_BREAK,
                "Call callable with oparg positional arguments (preceded by self when the slot is "
                + "not NULL).").caches("counter, func_version[2]");
        specialized(CALL, CALL_BOUND_METHOD_EXACT_ARGS,
                "Bound Python method, arguments matching the parameters exactly.");
        specialized(CALL, CALL_PY_EXACT_ARGS,
                "Python function (cached version), arguments matching the parameters exactly.");
        specialized(CALL, CALL_TYPE_1, "type(x).");
        specialized(CALL, CALL_STR_1, "str(x).");
        specialized(CALL, CALL_TUPLE_1, "tuple(x).");
        specialized(CALL, CALL_BUILTIN_CLASS, "A builtin class with a vectorcall constructor.");
        specialized(CALL, CALL_BUILTIN_O, "Builtin function taking exactly one argument.");
        specialized(CALL, CALL_BUILTIN_FAST, "Builtin function taking positional arguments.");
        specialized(CALL, CALL_BUILTIN_FAST_WITH_KEYWORDS,
                "Builtin function taking positional and keyword arguments.");
        specialized(CALL, CALL_LEN, "len(x).");
        specialized(CALL, CALL_ISINSTANCE, "isinstance(x, cls).");
        specialized(CALL, CALL_LIST_APPEND,
                "list.append(x) on an exact list, result discarded by the next POP_TOP (pushes None "
                + "like CALL; CPython instead skips that POP_TOP).");
        specialized(CALL, CALL_METHOD_DESCRIPTOR_O, "Builtin method taking one argument.");
        specialized(CALL, CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS,
                "Builtin method taking positional and keyword arguments.");
        specialized(CALL, CALL_METHOD_DESCRIPTOR_NOARGS, "Builtin method taking no argument.");
        specialized(CALL, CALL_METHOD_DESCRIPTOR_FAST, "Builtin method taking positional arguments.");
        specialized(CALL, CALL_ALLOC_AND_ENTER_INIT,
                "Python class with a Python __init__: allocate, then run __init__ (EXIT_INIT_CHECK).");
        specialized(CALL, CALL_PY_GENERAL, "Python function, any argument shape.");
        specialized(CALL, CALL_BOUND_METHOD_GENERAL, "Bound Python method, any argument shape.");
        specialized(CALL, CALL_NON_PY_GENERAL, "Any other callable: the generic call protocol.");
        op(CALL_KW, "callable, self_or_null, args[oparg], kwnames -- res",
                HAS_ARG | MAY_RAISE | EVAL_BREAK,
                "Call with oparg arguments, the last len(kwnames) of them keywords named by the "
                + "kwnames tuple.").caches("counter, func_version[2]");
        specialized(CALL_KW, CALL_KW_BOUND_METHOD, "Bound Python method with keywords.");
        specialized(CALL_KW, CALL_KW_PY, "Python function with keywords.");
        specialized(CALL_KW, CALL_KW_NON_PY, "Any other callable with keywords.");
        op(CALL_FUNCTION_EX, "func, unused, callargs, kwargs -- result", MAY_RAISE | EVAL_BREAK,
                "func(*callargs, **kwargs); kwargs is NULL when there are none.");
        op(EXIT_INIT_CHECK, "should_be_none --", MAY_RAISE,
                "After __init__ run by CALL_ALLOC_AND_ENTER_INIT: TypeError unless it returned None.");
        op(MAKE_FUNCTION, "codeobj -- func", 0,
                "Make a function from a code object and the current globals.");
        op(SET_FUNCTION_ATTRIBUTE, "attr, func -- func", HAS_ARG,
                "Set one of func's defaults, kwdefaults, annotations, closure or __annotate__ "
                + "(oparg: Oparg.FUNCTION_*).");

        // ---- Exceptions ----------------------------------------------------------------------------
        op(RAISE_VARARGS, "args[oparg] --", HAS_ARG | MAY_RAISE | NO_FALLTHROUGH,
                "raise (oparg 0: re-raise), raise exc (1), raise exc from cause (2).");
        op(RERAISE, "values[oparg], exc -- values[oparg]", HAS_ARG | MAY_RAISE | NO_FALLTHROUGH,
                "Re-raise exc; if oparg is set, first restore f_lasti from the value under it.");
        op(PUSH_EXC_INFO, "exc -- prev_exc, new_exc", 0,
                "Enter a handler: save the current exc_info under exc and make exc current.");
        op(POP_EXCEPT, "exc_value --", 0,
                "Leave a handler: restore exc_info from the saved value.");
        op(CHECK_EXC_MATCH, "left, right -- left, b", MAY_RAISE,
                "except clause: isinstance(left, right), TypeError if right is not an exception class.");
        op(CHECK_EG_MATCH, "exc_value, match_type -- rest, match", MAY_RAISE,
                "except* clause: split the exception group; push the non-matching rest and the match.");
        op(WITH_EXCEPT_START, "exit_func, exit_self, lasti, unused, val "
                + "-- exit_func, exit_self, lasti, unused, val, res", MAY_RAISE,
                "In a with-block's handler: call exit_func(exit_self, type, val, tb).");
        op(GET_AITER, "obj -- iter", MAY_RAISE,
                "aiter(obj) (TypeError if __aiter__ is missing or returns a non-async-iterator).");
        op(GET_ANEXT, "aiter -- aiter, awaitable", MAY_RAISE,
                "Push the awaitable from aiter.__anext__().");
        op(GET_AWAITABLE, "iterable -- iter", HAS_ARG | MAY_RAISE,
                "The iterator behind an await; oparg (Oparg.AWAITABLE_*) names the context for errors.");
        op(END_ASYNC_FOR, "awaitable, exc --", HAS_ARG | HAS_JUMP | IS_BACKWARD_JUMP | MAY_RAISE,
                "End of async for: StopAsyncIteration ends the loop, anything else is re-raised. "
                + "oparg points back to the loop's SEND (for monitoring); it never jumps.");

        // ---- Imports -------------------------------------------------------------------------------
        op(IMPORT_NAME, "level, fromlist -- res", HAS_ARG | HAS_NAME | MAY_RAISE,
                "__import__(co_names[oparg], globals, locals, fromlist, level).");
        op(IMPORT_FROM, "from -- from, res", HAS_ARG | HAS_NAME | MAY_RAISE,
                "Push attribute co_names[oparg] of module 'from', falling back to sys.modules "
                + "(ImportError).");

        // ---- Pattern matching ----------------------------------------------------------------------
        op(MATCH_MAPPING, "subject -- subject, res", 0,
                "Push whether subject is a mapping (Py_TPFLAGS_MAPPING).");
        op(MATCH_SEQUENCE, "subject -- subject, res", 0,
                "Push whether subject is a sequence (Py_TPFLAGS_SEQUENCE).");
        op(MATCH_KEYS, "subject, keys -- subject, keys, values_or_none", MAY_RAISE,
                "Push a tuple of subject's values for keys, or None if a key is missing.");
        op(MATCH_CLASS, "subject, type, names -- attrs", HAS_ARG | MAY_RAISE,
                "Class pattern with oparg positional sub-patterns: a tuple of attributes, or None.");

        // ---- Instrumentation (sys.monitoring) and tier 2 --------------------------------------------
        instrumented(INSTRUMENTED_END_FOR, END_FOR);
        instrumented(INSTRUMENTED_POP_ITER, POP_ITER);
        instrumented(INSTRUMENTED_END_SEND, END_SEND);
        instrumented(INSTRUMENTED_FOR_ITER, FOR_ITER);
        instrumented(INSTRUMENTED_JUMP_FORWARD, JUMP_FORWARD);
        instrumented(INSTRUMENTED_JUMP_BACKWARD, JUMP_BACKWARD);
        instrumented(INSTRUMENTED_NOT_TAKEN, NOT_TAKEN);
        instrumented(INSTRUMENTED_POP_JUMP_IF_TRUE, POP_JUMP_IF_TRUE);
        instrumented(INSTRUMENTED_POP_JUMP_IF_FALSE, POP_JUMP_IF_FALSE);
        instrumented(INSTRUMENTED_POP_JUMP_IF_NONE, POP_JUMP_IF_NONE);
        instrumented(INSTRUMENTED_POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NOT_NONE);
        instrumented(INSTRUMENTED_RESUME, RESUME);
        instrumented(INSTRUMENTED_RETURN_VALUE, RETURN_VALUE);
        instrumented(INSTRUMENTED_YIELD_VALUE, YIELD_VALUE);
        instrumented(INSTRUMENTED_END_ASYNC_FOR, END_ASYNC_FOR);
        instrumented(INSTRUMENTED_LOAD_SUPER_ATTR, LOAD_SUPER_ATTR);
        instrumented(INSTRUMENTED_CALL, CALL);
        instrumented(INSTRUMENTED_CALL_KW, CALL_KW);
        instrumented(INSTRUMENTED_CALL_FUNCTION_EX, CALL_FUNCTION_EX);
        op(INSTRUMENTED_INSTRUCTION, "--", IS_INSTRUMENTED | MAY_RAISE,
                "Fire the INSTRUCTION event, then execute the original instruction kept aside "
                + "(its stack effect is the original's).");
        op(INSTRUMENTED_LINE, "--", IS_INSTRUMENTED | MAY_RAISE,
                "Fire the LINE event, then execute the original instruction kept aside "
                + "(its stack effect is the original's).");
        op(ENTER_EXECUTOR, "--", HAS_ARG,
                "Replaces a JUMP_BACKWARD when a tier-2 trace is attached: run executor oparg "
                + "(reserved for Ember's JIT).");

        // ---- Pseudo-instructions (compiler only) ----------------------------------------------------
        pseudo(JUMP, "--", HAS_ARG | HAS_JUMP | NO_FALLTHROUGH,
                "Unconditional jump, either direction.", JUMP_FORWARD, JUMP_BACKWARD);
        pseudo(JUMP_NO_INTERRUPT, "--", HAS_ARG | HAS_JUMP | NO_FALLTHROUGH,
                "Jump without an eval-breaker check.", JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT);
        pseudo(JUMP_IF_FALSE, "cond -- cond", HAS_ARG | HAS_JUMP | IS_BRANCH,
                "Jump if cond is false, keeping it (and/or): COPY 1, TO_BOOL, POP_JUMP_IF_FALSE.",
                COPY, TO_BOOL, POP_JUMP_IF_FALSE);
        pseudo(JUMP_IF_TRUE, "cond -- cond", HAS_ARG | HAS_JUMP | IS_BRANCH,
                "Jump if cond is true, keeping it: COPY 1, TO_BOOL, POP_JUMP_IF_TRUE.",
                COPY, TO_BOOL, POP_JUMP_IF_TRUE);
        pseudo(SETUP_FINALLY, "--", HAS_ARG | HAS_EXC,
                "Start of a try block whose handler is oparg; the handler gets the exception "
                + "pushed on the stack as it was here.", NOP)
                .onJump("-- exc");
        pseudo(SETUP_CLEANUP, "--", HAS_ARG | HAS_EXC,
                "Like SETUP_FINALLY, but the handler also gets the raising instruction's offset "
                + "(lasti) under the exception.", NOP)
                .onJump("-- lasti, exc");
        pseudo(SETUP_WITH, "--", HAS_ARG | HAS_EXC,
                "Like SETUP_FINALLY, for the body of a with statement.", NOP)
                .onJump("-- exc");
        pseudo(POP_BLOCK, "--", 0,
                "End of the block opened by the last SETUP_*.", NOP);
        pseudo(LOAD_CLOSURE, "-- value", HAS_ARG | HAS_LOCAL,
                "Push the cell of a variable for a closure tuple.", LOAD_FAST);
        pseudo(STORE_FAST_MAYBE_NULL, "value --", HAS_ARG | HAS_LOCAL,
                "STORE_FAST of a value that may be NULL (restoring after an inlined comprehension).",
                STORE_FAST);
        pseudo(ANNOTATIONS_PLACEHOLDER, "--", 0,
                "Where the compiler inserts the __annotate__ function once all annotations are "
                + "known; removed before assembly.", NOP);
    }

    // =============================================================================================
    //  Queries
    // =============================================================================================

    private static final OpInfo[] TABLE = new OpInfo[OPCODE_LIMIT];
    private static final int[] FLAGS = new int[OPCODE_LIMIT];
    private static final int[] CACHE_SIZES = new int[OPCODE_LIMIT];
    private static final Map<String, OpInfo> BY_NAME = new HashMap<>();
    private static final List<OpInfo> ALL;

    /** True for any opcode Ember defines (real, specialized, instrumented or pseudo). */
    public static boolean isValid(int opcode) {
        return opcode >= 0 && opcode < OPCODE_LIMIT && TABLE[opcode] != null;
    }

    /** The entry for {@code opcode}; {@link IllegalArgumentException} if there is none. */
    public static OpInfo info(int opcode) {
        if (!isValid(opcode)) throw new IllegalArgumentException("unknown opcode " + opcode);
        return TABLE[opcode];
    }

    /** The entry named {@code name} (e.g. "LOAD_FAST"), or null. */
    public static OpInfo byName(String name) {
        return BY_NAME.get(name);
    }

    /** The opcode's name, or {@code <N>} (as CPython's opcode.opname) for an undefined number. */
    public static String name(int opcode) {
        return isValid(opcode) ? TABLE[opcode].name() : "<" + opcode + ">";
    }

    /** Every defined instruction, in opcode order. */
    public static List<OpInfo> all() {
        return ALL;
    }

    /** Flag bits ({@link OpInfo}'s constants) of any opcode number; 0 for undefined ones. */
    public static int flags(int opcode) {
        return opcode >= 0 && opcode < OPCODE_LIMIT ? FLAGS[opcode] : 0;
    }

    /** Inline-cache units after the instruction; 0 for undefined opcodes. */
    public static int cacheSize(int opcode) {
        return opcode >= 0 && opcode < OPCODE_LIMIT ? CACHE_SIZES[opcode] : 0;
    }

    public static boolean hasArg(int opcode) {
        return (flags(opcode) & HAS_ARG) != 0;
    }

    /** CPython's {@code _PyOpcode_Deopt}: the family head of a specialized instruction, else itself. */
    public static int deoptimize(int opcode) {
        return isValid(opcode) ? TABLE[opcode].familyHead() : opcode;
    }

    /** The generic instruction behind a specialized or instrumented one; otherwise itself. */
    public static int generic(int opcode) {
        if (!isValid(opcode)) return opcode;
        OpInfo info = TABLE[opcode];
        return info.uninstrumented() != NONE ? info.uninstrumented() : info.familyHead();
    }

    // =============================================================================================
    //  Building the table
    // =============================================================================================

    /** A definition being collected; turned into an {@link OpInfo} once all are known. */
    private static final class Def {
        final int opcode;
        final String picture;
        final int flags;
        final String doc;
        String jumpPicture;
        List<CacheField> caches = List.of();
        int head = NONE;          // for specialized members
        int base = NONE;          // for instrumented twins
        int[] pseudoTargets = {};

        Def(int opcode, String picture, int flags, String doc) {
            this.opcode = opcode;
            this.picture = picture;
            this.flags = flags;
            this.doc = doc;
        }

        /**
         * The inline-cache units after the instruction, named in order: {@code "counter, version[2]"}.
         * The layout is CPython 3.14's (dis shows the names); the specializer reads and writes
         * fields through {@link OpInfo#cacheField}.
         */
        Def caches(String layout) {
            this.caches = CacheField.parseLayout(layout);
            return this;
        }

        /** A different stack picture for the edge to the jump/handler target. */
        Def onJump(String picture) {
            this.jumpPicture = picture;
            return this;
        }
    }

    private static final Map<Integer, Def> DEFS = new LinkedHashMap<>();

    private static Def op(int opcode, String picture, int flags, String doc) {
        Def def = new Def(opcode, picture, flags, doc);
        if (DEFS.putIfAbsent(opcode, def) != null) {
            throw new IllegalStateException("opcode " + opcode + " is defined twice");
        }
        return def;
    }

    private static void specialized(int head, int member, String doc) {
        op(member, null, IS_SPECIALIZED, doc).head = head;
    }

    private static void instrumented(int twin, int base) {
        op(twin, null, IS_INSTRUMENTED, null).base = base;
    }

    private static Def pseudo(int opcode, String picture, int flags, String doc, int... targets) {
        Def def = op(opcode, picture, flags | IS_PSEUDO, doc);
        def.pseudoTargets = targets;
        return def;
    }

    static {
        defineAll();
        Map<Integer, String> names = opcodeNames();
        checkEveryOpcodeDefinedOnce(names);
        Map<Integer, List<Integer>> families = new LinkedHashMap<>();
        Map<Integer, Integer> twins = new HashMap<>();
        for (Def def : DEFS.values()) {
            if (def.head != NONE) families.computeIfAbsent(def.head, h -> new ArrayList<>()).add(def.opcode);
            if (def.base != NONE) twins.put(def.base, def.opcode);
        }
        for (Def def : DEFS.values()) {
            OpInfo info = build(def, names, families, twins);
            TABLE[def.opcode] = info;
            FLAGS[def.opcode] = info.flags();
            CACHE_SIZES[def.opcode] = info.cacheSize();
            BY_NAME.put(info.name(), info);
        }
        List<OpInfo> all = new ArrayList<>();
        for (OpInfo info : TABLE) {
            if (info != null) all.add(info);
        }
        ALL = Collections.unmodifiableList(all);
        DEFS.clear();
    }

    private static OpInfo build(Def def, Map<Integer, String> names,
                                Map<Integer, List<Integer>> families, Map<Integer, Integer> twins) {
        // Specialized members and instrumented twins copy their stack picture, caches and flags
        // from the instruction they stand in for.
        Def source = def;
        int extraFlags = def.flags;
        String doc = def.doc;
        if (def.head != NONE) {
            source = requireDef(def.head, def.opcode);
        } else if (def.base != NONE) {
            source = requireDef(def.base, def.opcode);
            // Monitoring callbacks can raise, whatever the instruction itself does.
            extraFlags |= MAY_RAISE;
            doc = "Instrumented " + names.get(def.base) + ": fires its sys.monitoring event(s), "
                    + "then does what " + names.get(def.base) + " does.";
        }
        StackPicture stack = StackPicture.parse(source.picture);
        StackPicture jumpStack = source.jumpPicture == null ? stack : StackPicture.parse(source.jumpPicture);
        int[] members = families.getOrDefault(def.opcode, List.of()).stream().mapToInt(Integer::intValue).toArray();
        int head = def.head != NONE ? def.head : def.opcode;
        return new OpInfo(def.opcode, names.get(def.opcode), stack, jumpStack, source.flags | extraFlags,
                source.caches, head, members, twins.getOrDefault(def.opcode, NONE), def.base,
                def.pseudoTargets, doc);
    }

    private static Def requireDef(int opcode, int forOpcode) {
        Def def = DEFS.get(opcode);
        if (def == null || def.picture == null) {
            throw new IllegalStateException("opcode " + forOpcode + " refers to " + opcode
                    + ", which is not a generic instruction");
        }
        return def;
    }

    /** Names come from {@link Opcode}'s constants, so each name is written exactly once. */
    private static Map<Integer, String> opcodeNames() {
        Map<Integer, String> names = new HashMap<>();
        for (Field field : Opcode.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) || field.getType() != int.class) continue;
            try {
                String previous = names.put(field.getInt(null), field.getName());
                if (previous != null) {
                    throw new IllegalStateException("opcodes " + previous + " and " + field.getName()
                            + " share the number " + field.getInt(null));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }

    private static void checkEveryOpcodeDefinedOnce(Map<Integer, String> names) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<Integer, String> entry : names.entrySet()) {
            if (!DEFS.containsKey(entry.getKey())) missing.add(entry.getValue());
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no definition in Instructions for " + missing);
        }
        for (int opcode : DEFS.keySet()) {
            if (!names.containsKey(opcode) || opcode >= OPCODE_LIMIT) {
                throw new IllegalStateException("definition for opcode " + opcode + " has no Opcode constant");
            }
        }
    }
}
