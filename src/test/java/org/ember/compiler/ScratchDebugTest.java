package org.ember.compiler;

import org.junit.jupiter.api.Test;

class ScratchDebugTest {
    @Test
    void dump() throws Exception {
        String name = System.getProperty("case", "const_if_false");
        for (RecordedCases.Case c : RecordedCases.load()) {
            if (!c.name.equals(name)) continue;
            RecordedCases.Unit unit = c.units.get(Integer.parseInt(System.getProperty("unit", "1")));
            ConstPool pool = new ConstPool(unit.consts.stream().map(v -> v instanceof RecordedCases.CodeRef ? (Object) "CODE" : v).toList());
            FlowGraph graph = FlowGraph.build(unit.sequence());
            ExceptionTargets.run(graph);
            System.out.println("built:\n" + dump(graph));
            CfgOptimizer.run(graph, pool, unit.firstLineno);
            System.out.println("optimized:\n" + dump(graph));
            System.out.println(FlowGraphCasesTest.differences(c, FlowGraphCasesTest.compileCase(c)));
        }
    }

    static String dump(FlowGraph graph) {
        StringBuilder out = new StringBuilder();
        java.util.Map<BasicBlock, Integer> ids = new java.util.IdentityHashMap<>();
        for (BasicBlock b = graph.entry; b != null; b = b.next) ids.put(b, ids.size());
        for (BasicBlock b = graph.entry; b != null; b = b.next) {
            out.append("B").append(ids.get(b)).append(" label=").append(b.label).append(" preds=").append(b.predecessors)
               .append(b.exceptHandler ? " EH" : "").append(b.cold ? " cold" : "").append('\n');
            for (Instr i : b.instrs) {
                out.append("    ").append(org.ember.bytecode.Instructions.name(i.opcode)).append(' ').append(i.oparg)
                   .append(" L").append(i.loc.lineno()).append(':').append(i.loc.colOffset());
                if (i.target != null) out.append(" -> B").append(ids.get(i.target));
                if (i.except != null) out.append(" [EH B").append(ids.get(i.except)).append(']');
                out.append('\n');
            }
        }
        return out.toString();
    }
}
