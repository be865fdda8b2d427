package org.ember.bytecode;

import static org.ember.bytecode.Opcode.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The table's internal rules (DESIGN §2), independent of CPython's recorded facts. */
class InstructionTableConsistencyTest {

    @Test
    void numbersAndNamesAreUniqueAndIndexed() {
        Set<Integer> numbers = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (OpInfo info : Instructions.all()) {
            assertTrue(numbers.add(info.opcode()), "duplicate number " + info.opcode());
            assertTrue(names.add(info.name()), "duplicate name " + info.name());
            assertEquals(info, Instructions.info(info.opcode()));
            assertEquals(info, Instructions.byName(info.name()));
            assertEquals(info.flags(), Instructions.flags(info.opcode()));
            assertEquals(info.cacheSize(), Instructions.cacheSize(info.opcode()));
        }
    }

    @Test
    void specializedMembersBehaveLikeTheirHeadOnTheStackAndInTheCode() {
        List<String> problems = new ArrayList<>();
        for (OpInfo member : Instructions.all()) {
            if (!member.isSpecialized()) continue;
            OpInfo head = Instructions.info(member.familyHead());
            if (head.isSpecialized() || !head.isFamilyHead()) problems.add(member + ": head " + head + " is not a family head");
            if (!contains(head.familyMembers(), member.opcode())) problems.add(member + " missing from " + head + "'s members");
            if (member.cacheSize() != head.cacheSize()) problems.add(member + " cache size differs from " + head);
            if (member.flags() != (head.flags() | OpInfo.IS_SPECIALIZED)) problems.add(member + " flags differ from " + head);
            for (int oparg = 0; oparg <= 300; oparg++) {
                if (member.pops(oparg) != head.pops(oparg) || member.pushes(oparg) != head.pushes(oparg)
                        || member.stackEffect(oparg, true) != head.stackEffect(oparg, true)) {
                    problems.add(member + " stack differs from " + head + " at oparg " + oparg);
                    break;
                }
            }
            assertEquals(head.opcode(), Instructions.deoptimize(member.opcode()));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyFamilyMemberPointsBackToItsHead() {
        for (OpInfo head : Instructions.all()) {
            assertEquals(head.isFamilyHead() || !head.isSpecialized(), head.familyHead() == head.opcode(), head.name());
            for (int member : head.familyMembers()) {
                assertEquals(head.opcode(), Instructions.info(member).familyHead(), Instructions.name(member));
                assertTrue(Instructions.info(member).isSpecialized());
            }
        }
    }

    @Test
    void instrumentedTwinsMapBothWays() {
        int twins = 0;
        for (OpInfo info : Instructions.all()) {
            if (info.instrumentedTwin() != OpInfo.NONE) {
                OpInfo twin = Instructions.info(info.instrumentedTwin());
                assertEquals(info.opcode(), twin.uninstrumented(), twin.name());
                assertEquals("INSTRUMENTED_" + info.name(), twin.name());
                twins++;
            }
            if (info.uninstrumented() != OpInfo.NONE) {
                OpInfo base = Instructions.info(info.uninstrumented());
                assertEquals(info.opcode(), base.instrumentedTwin(), info.name());
                assertFalse(base.isSpecialized() || base.isInstrumented() || base.isPseudo());
                assertEquals(base.cacheSize(), info.cacheSize(), info.name());
                assertEquals(base.flags() | OpInfo.IS_INSTRUMENTED | OpInfo.MAY_RAISE, info.flags(), info.name());
                assertEquals(base.stack().toString(), info.stack().toString(), info.name());
                assertEquals(base.opcode(), Instructions.generic(info.opcode()));
            }
        }
        assertEquals(19, twins);
    }

    @Test
    void instrumentedNumbersAreTheInstrumentedRange() {
        for (OpInfo info : Instructions.all()) {
            boolean inRange = info.opcode() >= Instructions.MIN_INSTRUMENTED_OPCODE && info.opcode() < ENTER_EXECUTOR;
            assertEquals(inRange, info.isInstrumented(), info.name());
            if (inRange) assertTrue(info.name().startsWith("INSTRUMENTED_"), info.name());
        }
    }

    @Test
    void pseudoInstructionsAreAbove255AndLowerToRealOnes() {
        for (OpInfo info : Instructions.all()) {
            assertEquals(info.opcode() >= Instructions.MIN_PSEUDO_OPCODE, info.isPseudo(), info.name());
            if (!info.isPseudo()) {
                assertEquals(0, info.pseudoTargets().length, info.name());
                continue;
            }
            assertEquals(0, info.cacheSize(), info.name());
            assertTrue(info.pseudoTargets().length > 0, info.name() + " has no lowering");
            for (int target : info.pseudoTargets()) {
                OpInfo real = Instructions.info(target);
                assertFalse(real.isPseudo() || real.isSpecialized() || real.isInstrumented(), info + " -> " + real);
            }
        }
    }

    @Test
    void onlyFamiliesAndConditionalJumpsCarryCaches() {
        Set<String> cachedWithoutFamily = Instructions.all().stream()
                .filter(i -> i.cacheSize() > 0 && !i.isFamilyHead() && !i.isSpecialized() && !i.isInstrumented())
                .map(OpInfo::name).collect(Collectors.toCollection(TreeSet::new));
        // 3.14 gives the POP_JUMP_IF_* a counter unit (branch-taken statistics for the JIT).
        assertEquals(Set.of("POP_JUMP_IF_FALSE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", "POP_JUMP_IF_TRUE"),
                cachedWithoutFamily);
        Set<String> familiesWithoutCache = Instructions.all().stream()
                .filter(i -> i.isFamilyHead() && i.cacheSize() == 0)
                .map(OpInfo::name).collect(Collectors.toCollection(TreeSet::new));
        // These two specialize without a counter: on first execution, not by hotness.
        assertEquals(Set.of("LOAD_CONST", "RESUME"), familiesWithoutCache);
    }

    @Test
    void operandFlagsImplyAnArgument() {
        int needArg = OpInfo.HAS_CONST | OpInfo.HAS_NAME | OpInfo.HAS_LOCAL | OpInfo.HAS_FREE | OpInfo.HAS_JUMP
                | OpInfo.HAS_EXC;
        for (OpInfo info : Instructions.all()) {
            if ((info.flags() & needArg) != 0) assertTrue(info.hasArg(), info.name());
            if (!info.stack().isConstant() || !info.jumpStack().isConstant()) assertTrue(info.hasArg(), info.name());
            if (info.has(OpInfo.IS_BRANCH) || info.has(OpInfo.IS_BACKWARD_JUMP)) {
                assertTrue(info.has(OpInfo.HAS_JUMP), info.name());
            }
            assertFalse(info.has(OpInfo.IS_BRANCH) && info.has(OpInfo.NO_FALLTHROUGH), info.name());
        }
    }

    /** Control-flow flags the compiler relies on, as CPython's flowgraph classifies them. */
    @Test
    void controlFlowFlagsOfGenericInstructions() {
        assertEquals(Set.of("RETURN_VALUE", "RAISE_VARARGS", "RERAISE", "INTERPRETER_EXIT", "JUMP_FORWARD",
                        "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "JUMP", "JUMP_NO_INTERRUPT"),
                genericWith(OpInfo.NO_FALLTHROUGH));
        assertEquals(Set.of("POP_JUMP_IF_TRUE", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE",
                        "FOR_ITER", "SEND", "JUMP_IF_TRUE", "JUMP_IF_FALSE"),
                genericWith(OpInfo.IS_BRANCH));
        assertEquals(Set.of("RESUME", "JUMP_BACKWARD", "CALL", "CALL_KW", "CALL_FUNCTION_EX"),
                genericWith(OpInfo.EVAL_BREAK));
        assertEquals(Set.of("SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH"), genericWith(OpInfo.HAS_EXC));
    }

    private static Set<String> genericWith(int flag) {
        return Instructions.all().stream()
                .filter(i -> i.has(flag) && !i.isSpecialized() && !i.isInstrumented())
                .map(OpInfo::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void onlyExceptionSetupsDifferBetweenEdges() {
        for (OpInfo info : Instructions.all()) {
            boolean differs = info.stack() != info.jumpStack();
            assertEquals(info.has(OpInfo.HAS_EXC), differs, info.name());
        }
        assertEquals(2, Instructions.info(SETUP_CLEANUP).stackEffect(0, true));
        assertEquals(0, Instructions.info(SETUP_CLEANUP).stackEffect(0, false));
    }

    @Test
    void countsAreNeverNegativeForUsableOpargs() {
        for (OpInfo info : Instructions.all()) {
            // COPY needs oparg >= 1, SWAP >= 2; every other instruction accepts any oparg.
            int from = info.opcode() == SWAP ? 2 : 1;
            for (int oparg = from; oparg <= 300; oparg++) {
                assertTrue(info.pops(oparg) >= 0 && info.pushes(oparg) >= 0, info.name() + " " + oparg);
            }
        }
        assertEquals(2 + 5, Instructions.info(CALL).pops(5));
        assertEquals(3 + 5, Instructions.info(CALL_KW).pops(5));
        assertEquals(2 * 4, Instructions.info(BUILD_MAP).pops(4));
        assertEquals(5, Instructions.info(COPY).pops(5));
        assertEquals(6, Instructions.info(COPY).pushes(5));
    }

    @Test
    void everyInstructionIsDocumented() {
        for (OpInfo info : Instructions.all()) {
            assertTrue(info.doc() != null && !info.doc().isBlank(), info.name());
        }
    }

    @Test
    void queriesOnUndefinedNumbersNeverThrowHostExceptions() {
        for (int opcode : new int[] {-5, 121, 127, 212, 233, 267, 1000}) {
            assertFalse(Instructions.isValid(opcode));
            assertEquals(0, Instructions.flags(opcode));
            assertEquals(0, Instructions.cacheSize(opcode));
            assertEquals("<" + opcode + ">", Instructions.name(opcode));
            assertEquals(opcode, Instructions.deoptimize(opcode));
            assertThrows(IllegalArgumentException.class, () -> Instructions.info(opcode));
        }
        assertNull(Instructions.byName("LOAD_METHOD"));
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) if (v == value) return true;
        return false;
    }
}
