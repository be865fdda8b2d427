package org.ember.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ember.bytecode.CodeUnits;
import org.ember.bytecode.Instructions;
import org.ember.bytecode.OpInfo;
import org.ember.bytecode.RawCode;

/**
 * Builds hand-written instruction sequences for pass tests from lines like
 * {@code "LOAD_FAST 0 @3"} (opcode, optional oparg, optional line), {@code "L1:"} (a label) and
 * {@code "JUMP L1"}; and renders assembled code back as {@code "NAME arg"} strings.
 */
final class SequenceBuilder {
    private SequenceBuilder() {}

    static InstructionSequence parse(String... lines) {
        InstructionSequence seq = new InstructionSequence();
        Map<String, Label> labels = new HashMap<>();
        for (String line : lines) {
            String text = line.trim();
            if (text.endsWith(":")) {
                seq.useLabel(labels.computeIfAbsent(text.substring(0, text.length() - 1), k -> seq.newLabel()));
                continue;
            }
            int lineno = 1;
            int at = text.indexOf('@');
            if (at >= 0) {
                lineno = Integer.parseInt(text.substring(at + 1).trim());
                text = text.substring(0, at).trim();
            }
            String[] parts = text.split("\\s+");
            OpInfo info = Instructions.byName(parts[0]);
            if (info == null) throw new IllegalArgumentException("unknown opcode " + parts[0]);
            Location loc = lineno < 0 ? Location.NO_LOCATION : new Location(lineno, lineno, 0, 1);
            if (InstructionSequence.hasTarget(info.opcode())) {
                seq.addJump(info.opcode(), labels.computeIfAbsent(parts[1], k -> seq.newLabel()), loc);
            } else {
                seq.addOp(info.opcode(), parts.length > 1 ? Integer.parseInt(parts[1]) : 0, loc);
            }
        }
        return seq;
    }

    static CodeUnitMetadata function(int argcount, int flags, String... varnames) {
        return new CodeUnitMetadata("f", "f", "<test>", flags, argcount, 0, 0, 1,
                List.of("g"), List.of(varnames), List.of(), List.of(), Set.of());
    }

    static RawCode compile(CodeUnitMetadata md, List<Object> consts, String... lines) {
        return BackEnd.compile(parse(lines), consts, md);
    }

    /** "NAME arg" per instruction (EXTENDED_ARG folded in, caches skipped). */
    static List<String> render(RawCode code) {
        List<String> out = new ArrayList<>();
        for (CodeUnits.Decoded d : CodeUnits.decode(code.code())) {
            out.add(Instructions.hasArg(d.opcode()) ? d.name() + " " + d.oparg() : d.name());
        }
        return out;
    }
}
