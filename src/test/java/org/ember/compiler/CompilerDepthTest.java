package org.ember.compiler;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.ember.parser.Ast;
import org.ember.parser.Parser;
import org.junit.jupiter.api.Test;

/** Deep trees the symbol table accepts must compile without a StackOverflowError reaching the user. */
class CompilerDepthTest {
    @Test
    void deepBinaryChainCompiles() {
        String source = "x = a" + " + a".repeat(9000) + "\n";
        Ast.Mod module = Parser.parse(source, "<deep>", Parser.Mode.EXEC, false);
        assertNotNull(Compiler.compile(module, "<deep>", 0));
    }

    @Test
    void deepNestedBlocksCompile() {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < 90; i++) source.append("    ".repeat(i)).append("if x").append(i).append(":\n");
        source.append("    ".repeat(90)).append("pass\n");
        Ast.Mod module = Parser.parse(source.toString(), "<deep>", Parser.Mode.EXEC, false);
        assertNotNull(Compiler.compile(module, "<deep>", 0));
    }
}
