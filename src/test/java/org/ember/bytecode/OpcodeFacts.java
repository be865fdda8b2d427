package org.ember.bytecode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** CPython 3.14's facts as recorded by tools/gen-opcode-facts.py (one shared, parsed copy). */
final class OpcodeFacts {
    static final String RESOURCE = "/bytecode/opcode-facts-3.14.txt";
    static final OpcodeFacts FACTS = load();

    /** A jump edge as CPython's stack_effect names it: None, True or False. */
    enum Jump { NONE, TRUE, FALSE }

    record Unit(int offset, int start, String opname, Integer arg, Integer target) {}

    record OpargCase(String opname, int arg, int nameIndex) {}

    final Map<String, Integer> opcodes = new LinkedHashMap<>();
    final Map<String, Integer> specialized = new LinkedHashMap<>();
    final Map<String, List<String>> families = new LinkedHashMap<>();
    final Map<String, Integer> caches = new LinkedHashMap<>();
    /** name -> ["counter:1", "version:2", ...] in order. */
    final Map<String, List<String>> cacheFormats = new LinkedHashMap<>();
    final Map<String, Set<String>> flags = new LinkedHashMap<>();
    final Set<String> backwardJumps = new TreeSet<>();
    int[] opargs;
    /** name -> jump edge -> effect per sampled oparg (null where CPython says "invalid"). */
    final Map<String, Map<Jump, Integer[]>> effects = new LinkedHashMap<>();
    final List<String[]> nbOps = new ArrayList<>();
    final List<String> intrinsic1 = new ArrayList<>();
    final List<String> intrinsic2 = new ArrayList<>();
    final List<String> cmpOp = new ArrayList<>();
    final List<String> functionAttrs = new ArrayList<>();
    final List<String> specialMethods = new ArrayList<>();
    final List<String> commonConstants = new ArrayList<>();
    final Map<String, String> codeHex = new LinkedHashMap<>();
    final Map<String, List<Unit>> codeUnits = new LinkedHashMap<>();
    final Map<String, OpargCase> opargCases = new LinkedHashMap<>();
    int haveArgument;
    int minInstrumented;

    /** Every name with its number: generic, instrumented, pseudo and specialized. */
    Map<String, Integer> allOpcodes() {
        Map<String, Integer> all = new LinkedHashMap<>(opcodes);
        all.putAll(specialized);
        return all;
    }

    private static OpcodeFacts load() {
        try (InputStream in = OpcodeFacts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing test resource " + RESOURCE);
            OpcodeFacts facts = new OpcodeFacts();
            String currentCode = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "version" -> {}
                    case "have_argument" -> facts.haveArgument = Integer.parseInt(f[1]);
                    case "min_instrumented_opcode" -> facts.minInstrumented = Integer.parseInt(f[1]);
                    case "opcode" -> facts.opcodes.put(f[1], Integer.parseInt(f[2]));
                    case "specialized" -> facts.specialized.put(f[1], Integer.parseInt(f[2]));
                    case "family" -> facts.families.put(f[1], List.of(f).subList(2, f.length));
                    case "cache" -> facts.caches.put(f[1], Integer.parseInt(f[2]));
                    case "cache_format" -> facts.cacheFormats.put(f[1], List.of(f).subList(2, f.length));
                    case "flags" -> facts.flags.put(f[1], new TreeSet<>(List.of(f).subList(2, f.length)));
                    case "backward_jump" -> facts.backwardJumps.add(f[1]);
                    case "opargs" -> facts.opargs = Arrays.stream(f, 1, f.length).mapToInt(Integer::parseInt).toArray();
                    case "effect" -> facts.effects.computeIfAbsent(f[1], k -> new LinkedHashMap<>())
                            .put(Jump.valueOf(f[2].toUpperCase()), parseEffects(f));
                    case "nb_op" -> facts.nbOps.add(new String[] {f[2], f[3]});
                    case "intrinsic1" -> facts.intrinsic1.add(f[2]);
                    case "intrinsic2" -> facts.intrinsic2.add(f[2]);
                    case "cmp_op" -> facts.cmpOp.add(f[2]);
                    case "function_attr" -> facts.functionAttrs.add(f[2]);
                    case "special_method" -> facts.specialMethods.add(f[2]);
                    case "common_constant" -> facts.commonConstants.add(f[2]);
                    case "code" -> {
                        currentCode = f[1];
                        facts.codeHex.put(f[1], f[2]);
                        facts.codeUnits.put(f[1], new ArrayList<>());
                    }
                    case "unit" -> facts.codeUnits.get(currentCode).add(new Unit(Integer.parseInt(f[1]),
                            Integer.parseInt(f[2]), f[3], optionalInt(f[4]), optionalInt(f[5])));
                    case "oparg_case" -> facts.opargCases.put(f[1],
                            new OpargCase(f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4])));
                    default -> throw new IllegalStateException("unknown facts line: " + line);
                }
            }
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer[] parseEffects(String[] f) {
        Integer[] values = new Integer[f.length - 3];
        for (int i = 3; i < f.length; i++) {
            values[i - 3] = f[i].equals("invalid") ? null : Integer.valueOf(f[i]);
        }
        return values;
    }

    private static Integer optionalInt(String text) {
        return text.equals("None") ? null : Integer.valueOf(text);
    }

    static byte[] hexBytes(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
