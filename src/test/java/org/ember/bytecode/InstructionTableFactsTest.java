package org.ember.bytecode;

import static org.ember.bytecode.OpcodeFacts.FACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The table against CPython 3.14's own answers (recorded in
 * src/test/resources/bytecode/opcode-facts-3.14.txt by tools/gen-opcode-facts.py).
 */
class InstructionTableFactsTest {

    @Test
    void everyCPythonOpcodeHasItsNameAndNumber() {
        List<String> problems = new ArrayList<>();
        FACTS.allOpcodes().forEach((name, number) -> {
            OpInfo info = Instructions.byName(name);
            if (info == null) problems.add(name + " missing");
            else if (info.opcode() != number) problems.add(name + " is " + info.opcode() + ", CPython " + number);
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void emberDefinesNoOpcodeCPythonLacks() {
        Set<String> cpython = FACTS.allOpcodes().keySet();
        List<String> extra = Instructions.all().stream().map(OpInfo::name)
                .filter(name -> !cpython.contains(name)).toList();
        assertEquals(List.of(), extra);
        assertEquals(cpython.size(), Instructions.all().size());
    }

    @Test
    void familiesMatchCPythonSpecializations() {
        Map<String, Set<String>> ember = Instructions.all().stream()
                .filter(OpInfo::isFamilyHead)
                .collect(Collectors.toMap(OpInfo::name, head -> names(head.familyMembers())));
        Map<String, Set<String>> cpython = FACTS.families.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new TreeSet<>(e.getValue())));
        assertEquals(cpython, ember);
        assertEquals(FACTS.specialized.keySet(), Instructions.all().stream().filter(OpInfo::isSpecialized)
                .map(OpInfo::name).collect(Collectors.toSet()));
    }

    @Test
    void cacheSizesMatchCPython() {
        List<String> problems = new ArrayList<>();
        for (OpInfo info : Instructions.all()) {
            int expected = expectedCacheSize(info);
            if (info.cacheSize() != expected) problems.add(info.name() + " " + info.cacheSize() + " != " + expected);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void cacheLayoutsAreCPythons() {
        Map<String, List<String>> ember = new java.util.LinkedHashMap<>();
        for (OpInfo info : Instructions.all()) {
            if (info.cacheLayout().isEmpty() || info.isSpecialized() || info.isInstrumented()) continue;
            ember.put(info.name(), info.cacheLayout().stream().map(f -> f.name() + ":" + f.size()).toList());
        }
        assertEquals(FACTS.cacheFormats, ember);
    }

    /** CPython lists caches by generic name; members and instrumented twins sit in the same place. */
    private static int expectedCacheSize(OpInfo info) {
        OpInfo generic = Instructions.info(Instructions.generic(info.opcode()));
        return FACTS.caches.getOrDefault(generic.name(), 0);
    }

    @Test
    void operandFlagsMatchCPython() {
        List<String> problems = new ArrayList<>();
        for (OpInfo info : Instructions.all()) {
            if (info.isSpecialized()) continue; // checked against their head in InstructionTableConsistencyTest
            Set<String> expected = new TreeSet<>(FACTS.flags.get(info.name()));
            if (info.uninstrumented() != OpInfo.NONE) {
                // CPython's generator misses the jump of some instrumented twins (it cannot see
                // through INSTRUMENTED_JUMP); Ember's twins jump exactly like their base.
                expected.remove("jump");
                if (FACTS.flags.get(Instructions.name(info.uninstrumented())).contains("jump")) expected.add("jump");
            }
            Set<String> actual = operandFlags(info);
            if (!expected.equals(actual)) problems.add(info.name() + " " + actual + " != CPython " + expected);
        }
        assertEquals(List.of(), problems);
    }

    private static Set<String> operandFlags(OpInfo info) {
        Set<String> flags = new TreeSet<>();
        if (info.has(OpInfo.HAS_ARG)) flags.add("arg");
        if (info.has(OpInfo.HAS_CONST)) flags.add("const");
        if (info.has(OpInfo.HAS_NAME)) flags.add("name");
        if (info.has(OpInfo.HAS_LOCAL)) flags.add("local");
        if (info.has(OpInfo.HAS_FREE)) flags.add("free");
        if (info.has(OpInfo.HAS_JUMP)) flags.add("jump");
        if (info.has(OpInfo.HAS_EXC)) flags.add("exc");
        return flags;
    }

    @Test
    void backwardJumpsAreDisOnes() {
        Set<String> ember = Instructions.all().stream()
                .filter(i -> i.has(OpInfo.IS_BACKWARD_JUMP) && !i.isSpecialized() && !i.isInstrumented())
                .map(OpInfo::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(FACTS.backwardJumps, ember);
    }

    @Test
    void stackEffectsMatchCPythonOnBothEdgesForSampledOpargs() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (OpInfo info : Instructions.all()) {
            // CPython refuses specialized opcodes; Ember gives them their head's effects.
            OpInfo reference = Instructions.info(info.familyHead());
            Map<OpcodeFacts.Jump, Integer[]> expected = FACTS.effects.get(reference.name());
            assertNotNull(expected, reference.name());
            for (int i = 0; i < FACTS.opargs.length; i++) {
                int oparg = FACTS.opargs[i];
                checked += compare(problems, info, oparg, "jump=None", expected.get(OpcodeFacts.Jump.NONE)[i],
                        info.maxStackEffect(oparg));
                checked += compare(problems, info, oparg, "jump=True", expected.get(OpcodeFacts.Jump.TRUE)[i],
                        info.stackEffect(oparg, true));
                checked += compare(problems, info, oparg, "jump=False", expected.get(OpcodeFacts.Jump.FALSE)[i],
                        info.stackEffect(oparg, false));
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked > 30_000, "too few stack effects compared: " + checked);
    }

    private static int compare(List<String> problems, OpInfo info, int oparg, String edge, Integer expected, int actual) {
        assertNotNull(expected, "CPython gave no effect for generic " + info.name());
        if (expected != actual) {
            problems.add(info.name() + " oparg=" + oparg + " " + edge + ": " + actual + " != CPython " + expected);
        }
        return 1;
    }

    @Test
    void cpythonRefusesExactlyTheSpecializedOpcodes() {
        // Guards the previous test's premise: the facts have real numbers for every generic opcode.
        FACTS.effects.forEach((name, byEdge) -> {
            boolean invalid = byEdge.get(OpcodeFacts.Jump.NONE)[0] == null;
            assertEquals(Instructions.byName(name).isSpecialized(), invalid, name);
        });
    }

    @Test
    void boundaryNumbersMatchCPython() {
        assertEquals(FACTS.haveArgument, Instructions.HAVE_ARGUMENT);
        assertEquals(FACTS.minInstrumented, Instructions.MIN_INSTRUMENTED_OPCODE);
        int maxReal = FACTS.allOpcodes().entrySet().stream().filter(e -> !Instructions.byName(e.getKey()).isPseudo())
                .mapToInt(Map.Entry::getValue).max().orElseThrow();
        assertTrue(maxReal < Instructions.MIN_PSEUDO_OPCODE);
        assertEquals(FACTS.allOpcodes().values().stream().mapToInt(Integer::intValue).max().orElseThrow() + 1,
                Instructions.OPCODE_LIMIT);
    }

    private static Set<String> names(int[] opcodes) {
        return IntStream.of(opcodes).mapToObj(Instructions::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
