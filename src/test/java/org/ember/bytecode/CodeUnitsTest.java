package org.ember.bytecode;

import static org.ember.bytecode.OpcodeFacts.FACTS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ember.bytecode.CodeUnits.Decoded;
import org.junit.jupiter.api.Test;

class CodeUnitsTest {

    @Test
    void aUnitIsOpcodeLowByteOpargHighByte() {
        char unit = CodeUnits.unit(Opcode.LOAD_FAST, 0xAB);
        assertEquals(Opcode.LOAD_FAST | 0xAB << 8, unit);
        assertEquals(Opcode.LOAD_FAST, CodeUnits.opcode(unit));
        assertEquals(0xAB, CodeUnits.oparg(unit));
        assertArrayEquals(new byte[] {(byte) Opcode.LOAD_FAST, (byte) 0xAB}, CodeUnits.toCoCode(new char[] {unit}));
    }

    @Test
    void extendedArgPrefixesAreEmittedMostSignificantFirst() {
        char[] code = new char[8];
        int end = CodeUnits.emit(code, 0, Opcode.LOAD_CONST, 0x12345);
        assertEquals(3, end);
        assertEquals(CodeUnits.unit(Opcode.EXTENDED_ARG, 0x01), code[0]);
        assertEquals(CodeUnits.unit(Opcode.EXTENDED_ARG, 0x23), code[1]);
        assertEquals(CodeUnits.unit(Opcode.LOAD_CONST, 0x45), code[2]);
    }

    @Test
    void sizeCountsPrefixesInstructionAndCaches() {
        int[] opargs = {0, 1, 255, 256, 0xFFFF, 0x10000, 0xFFFFFF, 0x1000000, Integer.MAX_VALUE, -1};
        int[] prefixes = {0, 0, 0, 1, 1, 2, 2, 3, 3, 3};
        for (int i = 0; i < opargs.length; i++) {
            assertEquals(prefixes[i], CodeUnits.extendedArgCount(opargs[i]), "oparg " + opargs[i]);
            assertEquals(prefixes[i] + 1 + 9, CodeUnits.instructionSize(Opcode.LOAD_ATTR, opargs[i]));
        }
        // No argument, no prefixes, whatever oparg the caller passes.
        assertEquals(1, CodeUnits.instructionSize(Opcode.POP_TOP, 1000));
        assertEquals(1 + 3, CodeUnits.instructionSize(Opcode.TO_BOOL, 0));
    }

    @Test
    void emitThenDecodeRoundTripsEveryRealOpcodeAndManyOpargs() {
        int[] opargs = {0, 7, 255, 256, 1000, 0xFFFF, 0x10000, 0xABCDEF, 0x7FFFFFFF, -1};
        for (OpInfo info : Instructions.all()) {
            if (info.isPseudo()) continue;
            for (int oparg : opargs) {
                int expectedArg = info.hasArg() ? oparg : 0;
                char[] code = new char[CodeUnits.instructionSize(info.opcode(), oparg)];
                java.util.Arrays.fill(code, '\uFFFF'); // caches must come out zeroed
                assertEquals(code.length, CodeUnits.emit(code, 0, info.opcode(), oparg));
                List<Decoded> decoded = CodeUnits.decode(code);
                assertEquals(1, decoded.size(), info.name());
                Decoded only = decoded.getFirst();
                assertEquals(new Decoded(0, code.length - 1 - info.cacheSize(), info.opcode(), expectedArg,
                        info.cacheSize()), only, info.name() + " " + oparg);
                for (int c = only.index() + 1; c < code.length; c++) assertEquals(0, code[c]);
            }
        }
    }

    @Test
    void pseudoAndUnknownOpcodesAreNeverEncoded() {
        char[] code = new char[16];
        for (OpInfo info : Instructions.all()) {
            if (!info.isPseudo()) continue;
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> CodeUnits.emit(code, 0, info.opcode(), 0));
            assertTrue(error.getMessage().contains(info.name()), error.getMessage());
            assertThrows(IllegalArgumentException.class, () -> CodeUnits.unit(info.opcode(), 0));
        }
        assertThrows(IllegalArgumentException.class, () -> CodeUnits.emit(code, 0, 121, 0));
        assertThrows(IllegalArgumentException.class, () -> CodeUnits.emit(code, 0, -1, 0));
    }

    @Test
    void coCodeRoundTrips() {
        char[] code = new char[64];
        int at = 0;
        at = CodeUnits.emit(code, at, Opcode.RESUME, 0);
        at = CodeUnits.emit(code, at, Opcode.LOAD_GLOBAL, 600);
        at = CodeUnits.emit(code, at, Opcode.CALL, 2);
        at = CodeUnits.emit(code, at, Opcode.RETURN_VALUE, 0);
        char[] used = java.util.Arrays.copyOf(code, at);
        assertArrayEquals(used, CodeUnits.fromCoCode(CodeUnits.toCoCode(used)));
        assertThrows(IllegalArgumentException.class, () -> CodeUnits.fromCoCode(new byte[3]));
    }

    /** The decoder against dis's own reading of real 3.14 bytecode (caches, EXTENDED_ARG, jumps). */
    @Test
    void decoderReadsCPythonCodeAsDisDoes() {
        assertTrue(FACTS.codeHex.size() >= 5);
        for (Map.Entry<String, String> sample : FACTS.codeHex.entrySet()) {
            char[] code = CodeUnits.fromCoCode(OpcodeFacts.hexBytes(sample.getValue()));
            List<String> expected = new ArrayList<>();
            for (OpcodeFacts.Unit unit : FACTS.codeUnits.get(sample.getKey())) {
                if (unit.opname().equals("EXTENDED_ARG")) continue; // folded by Ember's decoder
                expected.add(describe(unit.start() / 2, unit.offset() / 2, unit.opname(), unit.arg(),
                        unit.target() == null ? -1 : unit.target() / 2));
            }
            List<String> actual = new ArrayList<>();
            for (Decoded d : CodeUnits.decode(code)) {
                Integer arg = Instructions.hasArg(d.opcode()) ? d.oparg() : null;
                actual.add(describe(d.start(), d.index(), d.name(), arg,
                        arg == null ? -1 : CodeUnits.jumpTarget(d.index(), d.opcode(), d.oparg())));
            }
            assertEquals(expected, actual, sample.getKey());
            assertEquals(CodeUnits.decode(code).getLast().next(), code.length);
        }
        assertTrue(FACTS.codeHex.get("long_jump").startsWith("8000"), "sample starts with RESUME 0");
    }

    private static String describe(int start, int index, String name, Integer arg, int target) {
        return start + "/" + index + " " + name + " " + arg + (target >= 0 ? " -> " + target : "");
    }

    @Test
    void samplesReallyExerciseExtendedArgAndBackwardJumps() {
        long prefixes = FACTS.codeUnits.values().stream().flatMap(List::stream)
                .filter(u -> u.opname().equals("EXTENDED_ARG")).count();
        long backward = FACTS.codeUnits.values().stream().flatMap(List::stream)
                .filter(u -> u.target() != null && u.target() < u.offset()).count();
        assertTrue(prefixes > 100 && backward > 3, prefixes + " prefixes, " + backward + " backward jumps");
    }

    @Test
    void jumpOpargInvertsJumpTarget() {
        for (int op : new int[] {Opcode.JUMP_FORWARD, Opcode.JUMP_BACKWARD, Opcode.POP_JUMP_IF_TRUE,
                Opcode.FOR_ITER, Opcode.SEND, Opcode.END_ASYNC_FOR, Opcode.JUMP_BACKWARD_NO_INTERRUPT}) {
            for (int target : new int[] {0, 5, 100, 1000}) {
                int index = 50;
                boolean backward = Instructions.info(op).has(OpInfo.IS_BACKWARD_JUMP);
                if (backward != target < index) continue;
                int oparg = CodeUnits.jumpOparg(index, op, target);
                assertTrue(oparg >= 0, Instructions.name(op) + " to " + target);
                assertEquals(target, CodeUnits.jumpTarget(index, op, oparg));
            }
        }
        // Specialized and instrumented forms jump like their generic instruction.
        assertEquals(CodeUnits.jumpTarget(10, Opcode.FOR_ITER, 4), CodeUnits.jumpTarget(10, Opcode.FOR_ITER_LIST, 4));
        assertEquals(CodeUnits.jumpTarget(10, Opcode.JUMP_BACKWARD, 4),
                CodeUnits.jumpTarget(10, Opcode.INSTRUMENTED_JUMP_BACKWARD, 4));
        assertEquals(-1, CodeUnits.jumpTarget(10, Opcode.LOAD_FAST, 4));
    }

    @Test
    void decoderNeverThrowsOnMalformedCode() {
        Random random = new Random(314);
        for (int round = 0; round < 2000; round++) {
            char[] code = new char[random.nextInt(12)];
            for (int i = 0; i < code.length; i++) {
                // Bias towards EXTENDED_ARG and cache-owning opcodes, the tricky cases.
                int op = switch (random.nextInt(4)) {
                    case 0 -> Opcode.EXTENDED_ARG;
                    case 1 -> Opcode.LOAD_ATTR;
                    default -> random.nextInt(256);
                };
                code[i] = (char) (op | random.nextInt(256) << 8);
            }
            int expectedStart = 0;
            for (Decoded d : CodeUnits.decode(code)) {
                assertEquals(expectedStart, d.start());
                assertTrue(d.index() >= d.start() && d.next() <= code.length);
                expectedStart = d.next();
            }
            assertEquals(code.length, expectedStart, "decoding must cover every unit");
        }
    }

    @Test
    void trailingPrefixAndCutOffCachesAreReportedAsTheyAre() {
        char[] trailing = {CodeUnits.unit(Opcode.NOP, 0), CodeUnits.unit(Opcode.EXTENDED_ARG, 3)};
        List<Decoded> decoded = CodeUnits.decode(trailing);
        assertEquals(new Decoded(1, 1, Opcode.EXTENDED_ARG, 3, 0), decoded.get(1));
        char[] cut = {CodeUnits.unit(Opcode.LOAD_ATTR, 2), 0, 0};
        assertEquals(List.of(new Decoded(0, 0, Opcode.LOAD_ATTR, 2, 2)), CodeUnits.decode(cut));
    }
}
