package org.ember.compiler;

import java.util.List;

import org.ember.bytecode.RawCode;

/**
 * The compiler's back half: from the code generator's {@link InstructionSequence} of one code
 * unit to a finished {@link RawCode}, running CPython 3.14's flow-graph pipeline in its order.
 */
public final class BackEnd {
    private BackEnd() {}

    /**
     * Optimizes and assembles one code unit.
     *
     * @param seq the instructions, with labels and pseudo-instructions
     * @param consts the unit's constants as the code generator numbered them (LOAD_CONST opargs)
     * @param md names, locals, flags and counts of the unit
     * @throws CompilerError on malformed input (inconsistent stack, bad targets)
     */
    public static RawCode compile(InstructionSequence seq, List<Object> consts, CodeUnitMetadata md) {
        try {
            ConstPool pool = new ConstPool(consts);
            FlowGraph graph = FlowGraph.build(seq);
            optimize(graph, pool, md);
            return finish(graph, pool, md);
        } catch (CompilerError e) {
            throw e;
        } catch (RuntimeException e) {
            // malformed input the checks above did not name: still an internal compiler error
            throw new CompilerError("internal compiler error in " + md.qualname() + ": " + e, e);
        }
    }

    /** CPython's _PyCfg_OptimizeCodeUnit. */
    static void optimize(FlowGraph graph, ConstPool pool, CodeUnitMetadata md) {
        ExceptionTargets.run(graph);
        CfgOptimizer.run(graph, pool);
        UnusedConsts.remove(graph, pool);
        UnboundLocals.addChecks(graph, md.varnames().size(), md.parameterCount());
        SuperInstructions.insert(graph);
        ColdBlocks.pushToEnd(graph);
        LineNumbers.resolve(graph);
    }

    /** CPython's _PyCfg_OptimizedCfgToInstructionSequence followed by the assembler. */
    static RawCode finish(FlowGraph graph, ConstPool pool, CodeUnitMetadata md) {
        PseudoOps.convertConditionalJumps(graph);
        int stackDepth = StackDepth.compute(graph);
        LocalsPlus.Layout layout = LocalsPlus.prepare(graph, md);
        PseudoOps.convertPseudoOps(graph, layout.cellSlots());
        JumpNormalizer.normalize(graph);
        BorrowAnalysis.run(graph);
        return Assembler.assemble(graph, md, pool.values(), layout, stackDepth);
    }
}
