package org.ember.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.ember.bytecode.CodeUnits.Decoded;
import org.junit.jupiter.api.Test;

class CodeWriterTest {

    @Test
    void writesWhatTheDecoderReadsBack() {
        CodeWriter writer = new CodeWriter();
        assertEquals(0, writer.emit(Opcode.RESUME, 0));
        assertEquals(2, writer.emit(Opcode.LOAD_GLOBAL, 0x101)); // one EXTENDED_ARG at 1
        int call = writer.emit(Opcode.CALL, 0);
        assertEquals(2 + 1 + 4, call);
        writer.emit(Opcode.RETURN_VALUE);
        assertEquals(call + 1 + 3 + 1, writer.position());
        assertEquals(List.of(
                new Decoded(0, 0, Opcode.RESUME, 0, 0),
                new Decoded(1, 2, Opcode.LOAD_GLOBAL, 0x101, 4),
                new Decoded(7, 7, Opcode.CALL, 0, 3),
                new Decoded(11, 11, Opcode.RETURN_VALUE, 0, 0)), CodeUnits.decode(writer.toArray()));
    }

    @Test
    void growsPastItsInitialCapacity() {
        CodeWriter writer = new CodeWriter();
        for (int i = 0; i < 1000; i++) writer.emit(Opcode.LOAD_ATTR, i);
        List<Decoded> decoded = CodeUnits.decode(writer.toArray());
        assertEquals(1000, decoded.size());
        assertEquals(999, decoded.getLast().oparg());
    }

    @Test
    void refusesPseudoInstructions() {
        CodeWriter writer = new CodeWriter();
        assertThrows(IllegalArgumentException.class, () -> writer.emit(Opcode.JUMP, 3));
        assertEquals(0, writer.position());
    }
}
