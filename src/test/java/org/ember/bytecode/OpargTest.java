package org.ember.bytecode;

import static org.ember.bytecode.OpcodeFacts.FACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** The oparg codes and packings, against CPython 3.14's tables and its compiler's output. */
class OpargTest {

    @Test
    void binaryOpCodesAreCPythons() {
        assertEquals(FACTS.nbOps.size(), Oparg.NB_NAMES.size());
        for (int i = 0; i < FACTS.nbOps.size(); i++) {
            assertEquals(FACTS.nbOps.get(i)[0], Oparg.NB_NAMES.get(i));
            assertEquals(FACTS.nbOps.get(i)[1], Oparg.NB_SYMBOLS.get(i));
        }
        assertEquals("NB_SUBSCR", Oparg.NB_NAMES.get(Oparg.NB_SUBSCR));
        assertEquals("NB_INPLACE_XOR", Oparg.NB_NAMES.get(Oparg.NB_INPLACE_XOR));
    }

    @Test
    void inplaceCodesPairWithBinaryOnes() {
        for (int op = Oparg.NB_ADD; op <= Oparg.NB_XOR; op++) {
            int inplace = Oparg.inplace(op);
            assertTrue(Oparg.isInplace(inplace));
            assertEquals(Oparg.NB_SYMBOLS.get(op) + "=", Oparg.NB_SYMBOLS.get(inplace));
            assertEquals(op, Oparg.binaryOf(inplace));
            assertFalse(Oparg.isInplace(op));
        }
        assertFalse(Oparg.isInplace(Oparg.NB_SUBSCR));
        assertEquals(Oparg.NB_SUBSCR, Oparg.binaryOf(Oparg.NB_SUBSCR));
        assertThrows(IllegalArgumentException.class, () -> Oparg.inplace(Oparg.NB_INPLACE_ADD));
        assertThrows(IllegalArgumentException.class, () -> Oparg.inplace(Oparg.NB_SUBSCR));
    }

    @Test
    void namedTablesAreCPythons() {
        assertEquals(FACTS.intrinsic1, Oparg.INTRINSIC_1_NAMES);
        assertEquals(FACTS.intrinsic2, Oparg.INTRINSIC_2_NAMES);
        assertEquals(FACTS.cmpOp, Oparg.CMP_OP);
        assertEquals(FACTS.functionAttrs, Oparg.FUNCTION_ATTR_NAMES);
        assertEquals(FACTS.specialMethods, Oparg.SPECIAL_METHOD_NAMES);
        assertEquals(FACTS.commonConstants, Oparg.COMMON_CONSTANT_NAMES);
        assertEquals("INTRINSIC_TYPEALIAS", Oparg.INTRINSIC_1_NAMES.get(Oparg.INTRINSIC_TYPEALIAS));
        assertEquals("INTRINSIC_SET_TYPEPARAM_DEFAULT",
                Oparg.INTRINSIC_2_NAMES.get(Oparg.INTRINSIC_SET_TYPEPARAM_DEFAULT));
        assertEquals("__aexit__", Oparg.SPECIAL_METHOD_NAMES.get(Oparg.SPECIAL_AEXIT));
        assertEquals("any", Oparg.COMMON_CONSTANT_NAMES.get(Oparg.CONSTANT_BUILTIN_ANY));
        assertEquals("annotate", Oparg.FUNCTION_ATTR_NAMES.get(Integer.numberOfTrailingZeros(Oparg.FUNCTION_ANNOTATE)));
        assertEquals("closure", Oparg.FUNCTION_ATTR_NAMES.get(Integer.numberOfTrailingZeros(Oparg.FUNCTION_CLOSURE)));
    }

    /**
     * Each case packs, with Ember's helpers, the construct CPython 3.14 compiled in
     * tools/gen-opcode-facts.py (OPARG_CASES), and must produce the same oparg.
     */
    @Test
    void packingMatchesWhatThe314CompilerEmits() {
        Map<String, IntSupplier> ember = emberPackings();
        assertEquals(FACTS.opargCases.keySet(), ember.keySet(), "every recorded case has a packing here");
        List<String> problems = new ArrayList<>();
        ember.forEach((label, packing) -> {
            int expected = FACTS.opargCases.get(label).arg();
            int actual = packing.getAsInt();
            if (expected != actual) problems.add(label + ": " + actual + " != CPython " + expected);
        });
        assertEquals(List.of(), problems);
    }

    private static Map<String, IntSupplier> emberPackings() {
        Map<String, IntSupplier> cases = new LinkedHashMap<>();
        cases.put("compare_lt_value", () -> Oparg.compare(Oparg.CMP_LT, false));
        cases.put("compare_le_value", () -> Oparg.compare(Oparg.CMP_LE, false));
        cases.put("compare_eq_branch", () -> Oparg.compare(Oparg.CMP_EQ, true));
        cases.put("compare_ne_branch", () -> Oparg.compare(Oparg.CMP_NE, true));
        cases.put("compare_gt_value", () -> Oparg.compare(Oparg.CMP_GT, false));
        cases.put("compare_ge_branch", () -> Oparg.compare(Oparg.CMP_GE, true));
        cases.put("load_attr_plain", () -> Oparg.loadAttr(name("load_attr_plain"), false));
        cases.put("load_attr_method", () -> Oparg.loadAttr(name("load_attr_method"), true));
        cases.put("load_global_plain", () -> Oparg.loadGlobal(name("load_global_plain"), false));
        cases.put("load_global_call", () -> Oparg.loadGlobal(name("load_global_call"), true));
        cases.put("super_zero_method", () -> Oparg.loadSuperAttr(name("super_zero_method"), true, false));
        cases.put("super_zero_attr", () -> Oparg.loadSuperAttr(name("super_zero_attr"), false, false));
        cases.put("super_args_method", () -> Oparg.loadSuperAttr(name("super_args_method"), true, true));
        cases.put("super_args_attr", () -> Oparg.loadSuperAttr(name("super_args_attr"), false, true));
        cases.put("interpolation_plain", () -> Oparg.interpolation(Oparg.FVC_NONE, false));
        cases.put("interpolation_str", () -> Oparg.interpolation(Oparg.FVC_STR, false));
        cases.put("interpolation_repr", () -> Oparg.interpolation(Oparg.FVC_REPR, false));
        cases.put("interpolation_ascii", () -> Oparg.interpolation(Oparg.FVC_ASCII, false));
        cases.put("interpolation_spec", () -> Oparg.interpolation(Oparg.FVC_NONE, true));
        cases.put("interpolation_repr_spec", () -> Oparg.interpolation(Oparg.FVC_REPR, true));
        cases.put("convert_str", () -> Oparg.FVC_STR);
        cases.put("convert_repr", () -> Oparg.FVC_REPR);
        cases.put("convert_ascii", () -> Oparg.FVC_ASCII);
        cases.put("resume_start", () -> Oparg.RESUME_AT_FUNC_START);
        cases.put("resume_yield_outside_try", () -> Oparg.RESUME_AFTER_YIELD | Oparg.RESUME_DEPTH1);
        cases.put("resume_yield_in_try", () -> Oparg.RESUME_AFTER_YIELD);
        cases.put("resume_yield_from", () -> Oparg.RESUME_AFTER_YIELD_FROM);
        cases.put("resume_await", () -> Oparg.RESUME_AFTER_AWAIT);
        cases.put("fast_pair", () -> Oparg.twoLocals(2, 1)); // c + b in f(a, b, c)
        cases.put("unpack_ex", () -> Oparg.unpackEx(2, 1));  // a, b, *c, d
        cases.put("binary_inplace_add", () -> Oparg.inplace(Oparg.NB_ADD));
        cases.put("binary_subscr", () -> Oparg.NB_SUBSCR);
        cases.put("binary_power", () -> Oparg.NB_POWER);
        cases.put("is_not", () -> Oparg.INVERT);
        cases.put("not_in", () -> Oparg.INVERT);
        cases.put("raise_from", () -> Oparg.RAISE_WITH_CAUSE);
        cases.put("intrinsic_unary_positive", () -> Oparg.INTRINSIC_UNARY_POSITIVE);
        cases.put("function_defaults", () -> Oparg.FUNCTION_DEFAULTS);
        cases.put("special_aexit", () -> Oparg.SPECIAL_AEXIT);
        cases.put("assertion_error", () -> Oparg.CONSTANT_ASSERTIONERROR);
        return cases;
    }

    private static int name(String label) {
        int index = FACTS.opargCases.get(label).nameIndex();
        assertTrue(index >= 0, label + " has no name index");
        return index;
    }

    @Test
    void unpackingInvertsPacking() {
        for (int cmp = Oparg.CMP_LT; cmp <= Oparg.CMP_GE; cmp++) {
            for (boolean toBool : new boolean[] {false, true}) {
                int oparg = Oparg.compare(cmp, toBool);
                assertEquals(cmp, Oparg.compareIndex(oparg));
                assertEquals(toBool, Oparg.compareToBool(oparg));
            }
        }
        int superOparg = Oparg.loadSuperAttr(300, true, true);
        assertEquals(300, Oparg.superNameIndex(superOparg));
        assertTrue(Oparg.withNullOrSelf(superOparg));
        assertTrue(Oparg.superWithArguments(superOparg));
        assertEquals(1000, Oparg.nameIndexOfHalved(Oparg.loadAttr(1000, true)));
        assertEquals(7, Oparg.firstLocal(Oparg.twoLocals(7, 9)));
        assertEquals(9, Oparg.secondLocal(Oparg.twoLocals(7, 9)));
        assertEquals(3, Oparg.unpackBefore(Oparg.unpackEx(3, 400)));
        assertEquals(400, Oparg.unpackAfter(Oparg.unpackEx(3, 400)));
        assertEquals(Oparg.FVC_ASCII, Oparg.interpolationConversion(Oparg.interpolation(Oparg.FVC_ASCII, true)));
        assertTrue(Oparg.interpolationHasFormatSpec(Oparg.interpolation(Oparg.FVC_ASCII, true)));
        assertEquals(Oparg.RESUME_AFTER_AWAIT, Oparg.resumeLocation(Oparg.RESUME_AFTER_AWAIT | Oparg.RESUME_DEPTH1));
        assertThrows(IllegalArgumentException.class, () -> Oparg.twoLocals(16, 0));
        assertThrows(IllegalArgumentException.class, () -> Oparg.unpackEx(256, 0));
    }

    /** The stack pictures read the same bits the helpers define. */
    @Test
    void stackPicturesAgreeWithTheOpargLayout() {
        OpInfo loadAttr = Instructions.info(Opcode.LOAD_ATTR);
        assertEquals(2, loadAttr.pushes(Oparg.loadAttr(5, true)));
        assertEquals(1, loadAttr.pushes(Oparg.loadAttr(5, false)));
        OpInfo interpolation = Instructions.info(Opcode.BUILD_INTERPOLATION);
        assertEquals(3, interpolation.pops(Oparg.interpolation(Oparg.FVC_REPR, true)));
        assertEquals(2, interpolation.pops(Oparg.interpolation(Oparg.FVC_REPR, false)));
        assertEquals(3 + 1 + 400, Instructions.info(Opcode.UNPACK_EX).pushes(Oparg.unpackEx(3, 400)));
    }

    @Test
    void codesAreDistinctWithinEachGroup() {
        assertDistinct(Oparg.FUNCTION_DEFAULTS, Oparg.FUNCTION_KWDEFAULTS, Oparg.FUNCTION_ANNOTATIONS,
                Oparg.FUNCTION_CLOSURE, Oparg.FUNCTION_ANNOTATE);
        assertDistinct(Oparg.RESUME_AT_FUNC_START, Oparg.RESUME_AFTER_YIELD, Oparg.RESUME_AFTER_YIELD_FROM,
                Oparg.RESUME_AFTER_AWAIT, Oparg.RESUME_DEPTH1);
        assertDistinct(Oparg.AWAITABLE_PLAIN, Oparg.AWAITABLE_AFTER_AENTER, Oparg.AWAITABLE_AFTER_AEXIT);
    }

    private static void assertDistinct(int... codes) {
        Set<Integer> seen = new HashSet<>();
        for (int code : codes) assertTrue(seen.add(code), "duplicate code " + code);
    }
}
