package org.ember.bytecode;

import java.util.List;

/**
 * What the opargs of particular instructions mean: named codes, and the bit packing CPython 3.14
 * uses, with helpers to pack and unpack. The compiler packs, the interpreter and {@code dis}
 * unpack; both go through here so the layout is written once.
 */
public final class Oparg {
    private Oparg() {}

    // ---- BINARY_OP: the operator (CPython's NB_* codes, opcode._nb_ops) ------------------------
    public static final int NB_ADD = 0;
    public static final int NB_AND = 1;
    public static final int NB_FLOOR_DIVIDE = 2;
    public static final int NB_LSHIFT = 3;
    public static final int NB_MATRIX_MULTIPLY = 4;
    public static final int NB_MULTIPLY = 5;
    public static final int NB_REMAINDER = 6;
    public static final int NB_OR = 7;
    public static final int NB_POWER = 8;
    public static final int NB_RSHIFT = 9;
    public static final int NB_SUBTRACT = 10;
    public static final int NB_TRUE_DIVIDE = 11;
    public static final int NB_XOR = 12;
    /** In-place operators are their binary counterpart plus this offset (x += y: NB_INPLACE_ADD). */
    public static final int NB_INPLACE_OFFSET = 13;
    public static final int NB_INPLACE_ADD = 13;
    public static final int NB_INPLACE_AND = 14;
    public static final int NB_INPLACE_FLOOR_DIVIDE = 15;
    public static final int NB_INPLACE_LSHIFT = 16;
    public static final int NB_INPLACE_MATRIX_MULTIPLY = 17;
    public static final int NB_INPLACE_MULTIPLY = 18;
    public static final int NB_INPLACE_REMAINDER = 19;
    public static final int NB_INPLACE_OR = 20;
    public static final int NB_INPLACE_POWER = 21;
    public static final int NB_INPLACE_RSHIFT = 22;
    public static final int NB_INPLACE_SUBTRACT = 23;
    public static final int NB_INPLACE_TRUE_DIVIDE = 24;
    public static final int NB_INPLACE_XOR = 25;
    /** container[key]: 3.14 compiles subscription as BINARY_OP NB_SUBSCR. */
    public static final int NB_SUBSCR = 26;

    /** NB_* names by code. */
    public static final List<String> NB_NAMES = List.of(
            "NB_ADD", "NB_AND", "NB_FLOOR_DIVIDE", "NB_LSHIFT", "NB_MATRIX_MULTIPLY", "NB_MULTIPLY",
            "NB_REMAINDER", "NB_OR", "NB_POWER", "NB_RSHIFT", "NB_SUBTRACT", "NB_TRUE_DIVIDE", "NB_XOR",
            "NB_INPLACE_ADD", "NB_INPLACE_AND", "NB_INPLACE_FLOOR_DIVIDE", "NB_INPLACE_LSHIFT",
            "NB_INPLACE_MATRIX_MULTIPLY", "NB_INPLACE_MULTIPLY", "NB_INPLACE_REMAINDER", "NB_INPLACE_OR",
            "NB_INPLACE_POWER", "NB_INPLACE_RSHIFT", "NB_INPLACE_SUBTRACT", "NB_INPLACE_TRUE_DIVIDE",
            "NB_INPLACE_XOR", "NB_SUBSCR");

    /** The operator as dis shows it, by code ("+", "+=", "[]", ...). */
    public static final List<String> NB_SYMBOLS = List.of(
            "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
            "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=", "[]");

    public static boolean isInplace(int nbOp) {
        return nbOp >= NB_INPLACE_ADD && nbOp <= NB_INPLACE_XOR;
    }

    /** The in-place code for a binary operator code (NB_ADD -> NB_INPLACE_ADD). */
    public static int inplace(int binaryNbOp) {
        if (binaryNbOp < NB_ADD || binaryNbOp > NB_XOR) {
            throw new IllegalArgumentException("not a binary NB_* code: " + binaryNbOp);
        }
        return binaryNbOp + NB_INPLACE_OFFSET;
    }

    /** The binary operator behind an in-place code (NB_INPLACE_ADD -> NB_ADD); others unchanged. */
    public static int binaryOf(int nbOp) {
        return isInplace(nbOp) ? nbOp - NB_INPLACE_OFFSET : nbOp;
    }

    // ---- COMPARE_OP: (comparison << 5) | (to_bool << 4) | outcome mask --------------------------
    public static final int CMP_LT = 0;
    public static final int CMP_LE = 1;
    public static final int CMP_EQ = 2;
    public static final int CMP_NE = 3;
    public static final int CMP_GT = 4;
    public static final int CMP_GE = 5;
    /** Comparison symbols by CMP_* code (CPython's opcode.cmp_op). */
    public static final List<String> CMP_OP = List.of("<", "<=", "==", "!=", ">", ">=");
    /** Bit 4: convert the result to an exact bool (the compare feeds a branch). */
    public static final int COMPARE_TO_BOOL = 16;
    // The low four bits say which outcomes make the comparison true, so that a specialized
    // compare of numbers can test (outcome_bit & mask) without a switch.
    public static final int COMPARISON_UNORDERED = 1;
    public static final int COMPARISON_LESS_THAN = 2;
    public static final int COMPARISON_GREATER_THAN = 4;
    public static final int COMPARISON_EQUALS = 8;
    public static final int COMPARISON_NOT_EQUALS =
            COMPARISON_UNORDERED | COMPARISON_LESS_THAN | COMPARISON_GREATER_THAN;
    private static final int[] COMPARISON_MASKS = {
            COMPARISON_LESS_THAN,
            COMPARISON_LESS_THAN | COMPARISON_EQUALS,
            COMPARISON_EQUALS,
            COMPARISON_NOT_EQUALS,
            COMPARISON_GREATER_THAN,
            COMPARISON_GREATER_THAN | COMPARISON_EQUALS,
    };

    /** COMPARE_OP's oparg for comparison {@code cmp} (CMP_*), as the 3.14 compiler emits it. */
    public static int compare(int cmp, boolean toBool) {
        return cmp << 5 | (toBool ? COMPARE_TO_BOOL : 0) | COMPARISON_MASKS[cmp];
    }

    /** The CMP_* code of a COMPARE_OP oparg. */
    public static int compareIndex(int oparg) {
        return oparg >> 5;
    }

    public static boolean compareToBool(int oparg) {
        return (oparg & COMPARE_TO_BOOL) != 0;
    }

    /** The outcome mask (COMPARISON_* bits) of a COMPARE_OP oparg. */
    public static int compareMask(int oparg) {
        return oparg & 0xF;
    }

    // ---- IS_OP / CONTAINS_OP ---------------------------------------------------------------------
    /** IS_OP 1 is 'is not'; CONTAINS_OP 1 is 'not in'. */
    public static final int INVERT = 1;

    // ---- LOAD_GLOBAL, LOAD_ATTR: (name index << 1) | flag -----------------------------------------
    /** LOAD_GLOBAL: also push NULL; LOAD_ATTR: method load (push method + self, or attr + NULL). */
    public static final int WITH_NULL_OR_SELF = 1;

    public static int loadGlobal(int nameIndex, boolean pushNull) {
        return nameIndex << 1 | (pushNull ? 1 : 0);
    }

    public static int loadAttr(int nameIndex, boolean method) {
        return nameIndex << 1 | (method ? 1 : 0);
    }

    /** co_names index of a LOAD_GLOBAL or LOAD_ATTR oparg. */
    public static int nameIndexOfHalved(int oparg) {
        return oparg >> 1;
    }

    /** Bit 0 of LOAD_GLOBAL / LOAD_ATTR / LOAD_SUPER_ATTR. */
    public static boolean withNullOrSelf(int oparg) {
        return (oparg & WITH_NULL_OR_SELF) != 0;
    }

    // ---- LOAD_SUPER_ATTR: (name index << 2) | (two-arg super << 1) | method -----------------------
    /** Bit 1: the source called super with arguments, super(cls, obj), not zero-argument super(). */
    public static final int SUPER_WITH_ARGUMENTS = 2;

    public static int loadSuperAttr(int nameIndex, boolean method, boolean withArguments) {
        return nameIndex << 2 | (withArguments ? SUPER_WITH_ARGUMENTS : 0) | (method ? 1 : 0);
    }

    public static int superNameIndex(int oparg) {
        return oparg >> 2;
    }

    public static boolean superWithArguments(int oparg) {
        return (oparg & SUPER_WITH_ARGUMENTS) != 0;
    }

    // ---- LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST: two 4-bit locals ------
    public static int twoLocals(int first, int second) {
        if (first < 0 || first > 15 || second < 0 || second > 15) {
            throw new IllegalArgumentException("superinstruction locals must be 0..15: " + first + ", " + second);
        }
        return first << 4 | second;
    }

    public static int firstLocal(int oparg) {
        return oparg >> 4;
    }

    public static int secondLocal(int oparg) {
        return oparg & 15;
    }

    // ---- UNPACK_EX: (values after the star << 8) | values before it -------------------------------
    public static int unpackEx(int before, int after) {
        if (before < 0 || before > 0xFF || after < 0) {
            throw new IllegalArgumentException("bad UNPACK_EX counts: " + before + ", " + after);
        }
        return after << 8 | before;
    }

    public static int unpackBefore(int oparg) {
        return oparg & 0xFF;
    }

    public static int unpackAfter(int oparg) {
        return oparg >> 8;
    }

    // ---- CONVERT_VALUE and BUILD_INTERPOLATION conversions (CPython's FVC_*) ----------------------
    public static final int FVC_NONE = 0;
    public static final int FVC_STR = 1;
    public static final int FVC_REPR = 2;
    public static final int FVC_ASCII = 3;
    /** Names dis shows for CONVERT_VALUE by FVC_* code. */
    public static final List<String> FVC_NAMES = List.of("", "str", "repr", "ascii");

    /**
     * BUILD_INTERPOLATION's oparg: (conversion << 2) | operand count, where the operand count
     * is 2 (value, source text) or 3 (with a format spec). Only bit 0 is read back by the
     * interpreter; 3.14 always sets bit 1.
     */
    public static int interpolation(int conversion, boolean hasFormatSpec) {
        return conversion << 2 | 2 | (hasFormatSpec ? 1 : 0);
    }

    public static int interpolationConversion(int oparg) {
        return oparg >> 2;
    }

    public static boolean interpolationHasFormatSpec(int oparg) {
        return (oparg & 1) != 0;
    }

    // ---- SET_FUNCTION_ATTRIBUTE: which attribute (one bit) ---------------------------------------
    // MAKE_FUNCTION itself takes no argument (since 3.13): each attribute is set by its own
    // SET_FUNCTION_ATTRIBUTE. Likewise CALL_FUNCTION_EX has no oparg in 3.14 (kwargs is NULL or not).
    public static final int FUNCTION_DEFAULTS = 1;
    public static final int FUNCTION_KWDEFAULTS = 2;
    public static final int FUNCTION_ANNOTATIONS = 4;
    public static final int FUNCTION_CLOSURE = 8;
    public static final int FUNCTION_ANNOTATE = 16;
    /** Names by bit number (dis.FUNCTION_ATTR_FLAGS). */
    public static final List<String> FUNCTION_ATTR_NAMES =
            List.of("defaults", "kwdefaults", "annotations", "closure", "annotate");

    // ---- RESUME: where execution resumes, plus a depth flag ---------------------------------------
    public static final int RESUME_AT_FUNC_START = 0;
    public static final int RESUME_AFTER_YIELD = 1;
    public static final int RESUME_AFTER_YIELD_FROM = 2;
    public static final int RESUME_AFTER_AWAIT = 3;
    public static final int RESUME_LOCATION_MASK = 3;
    /** Set when the resume point is inside no try/with block (exception-stack depth 1). */
    public static final int RESUME_DEPTH1 = 4;

    public static int resumeLocation(int oparg) {
        return oparg & RESUME_LOCATION_MASK;
    }

    // ---- YIELD_VALUE -------------------------------------------------------------------------------
    public static final int YIELD_PLAIN = 0;
    /** The yield belongs to a yield-from or await loop. */
    public static final int YIELD_DELEGATING = 1;

    // ---- GET_AWAITABLE: what is being awaited (for error messages) --------------------------------
    public static final int AWAITABLE_PLAIN = 0;
    public static final int AWAITABLE_AFTER_AENTER = 1;
    public static final int AWAITABLE_AFTER_AEXIT = 2;

    // ---- RAISE_VARARGS ------------------------------------------------------------------------------
    public static final int RAISE_RERAISE = 0;
    public static final int RAISE_EXCEPTION = 1;
    public static final int RAISE_WITH_CAUSE = 2;

    // ---- LOAD_SPECIAL: which special method ---------------------------------------------------------
    public static final int SPECIAL_ENTER = 0;
    public static final int SPECIAL_EXIT = 1;
    public static final int SPECIAL_AENTER = 2;
    public static final int SPECIAL_AEXIT = 3;
    public static final List<String> SPECIAL_METHOD_NAMES =
            List.of("__enter__", "__exit__", "__aenter__", "__aexit__");

    // ---- LOAD_COMMON_CONSTANT: which builtin --------------------------------------------------------
    public static final int CONSTANT_ASSERTIONERROR = 0;
    public static final int CONSTANT_NOTIMPLEMENTEDERROR = 1;
    public static final int CONSTANT_BUILTIN_TUPLE = 2;
    public static final int CONSTANT_BUILTIN_ALL = 3;
    public static final int CONSTANT_BUILTIN_ANY = 4;
    /** The builtins' names, by code (dis shows these). */
    public static final List<String> COMMON_CONSTANT_NAMES =
            List.of("AssertionError", "NotImplementedError", "tuple", "all", "any");

    // ---- CALL_INTRINSIC_1 -----------------------------------------------------------------------------
    public static final int INTRINSIC_1_INVALID = 0;
    public static final int INTRINSIC_PRINT = 1;
    public static final int INTRINSIC_IMPORT_STAR = 2;
    public static final int INTRINSIC_STOPITERATION_ERROR = 3;
    public static final int INTRINSIC_ASYNC_GEN_WRAP = 4;
    public static final int INTRINSIC_UNARY_POSITIVE = 5;
    public static final int INTRINSIC_LIST_TO_TUPLE = 6;
    public static final int INTRINSIC_TYPEVAR = 7;
    public static final int INTRINSIC_PARAMSPEC = 8;
    public static final int INTRINSIC_TYPEVARTUPLE = 9;
    public static final int INTRINSIC_SUBSCRIPT_GENERIC = 10;
    public static final int INTRINSIC_TYPEALIAS = 11;
    public static final List<String> INTRINSIC_1_NAMES = List.of(
            "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
            "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE",
            "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC",
            "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS");

    // ---- CALL_INTRINSIC_2 -----------------------------------------------------------------------------
    public static final int INTRINSIC_2_INVALID = 0;
    public static final int INTRINSIC_PREP_RERAISE_STAR = 1;
    public static final int INTRINSIC_TYPEVAR_WITH_BOUND = 2;
    public static final int INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3;
    public static final int INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;
    public static final int INTRINSIC_SET_TYPEPARAM_DEFAULT = 5;
    public static final List<String> INTRINSIC_2_NAMES = List.of(
            "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
            "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
            "INTRINSIC_SET_TYPEPARAM_DEFAULT");
}
