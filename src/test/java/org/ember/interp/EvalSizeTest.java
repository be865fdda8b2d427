package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;

import org.junit.jupiter.api.Test;

/**
 * DESIGN §3: HotSpot does not JIT-compile methods whose bytecode exceeds 8000 bytes
 * (-XX:HugeMethodLimit), so the dispatch method must stay under it.
 */
class EvalSizeTest {

    @Test
    void dispatchLoopFitsHugeMethodLimit() throws IOException {
        ClassModel model;
        try (InputStream in = Eval.class.getResourceAsStream("Eval.class")) {
            model = ClassFile.of().parse(in.readAllBytes());
        }
        int size = -1;
        for (MethodModel method : model.methods()) {
            if (method.methodName().stringValue().equals("dispatch")) {
                size = method.findAttribute(java.lang.classfile.Attributes.code())
                        .map(CodeAttribute::codeLength).orElse(-1);
            }
        }
        assertTrue(size > 0, "Eval.dispatch not found");
        assertTrue(size <= 8000, "Eval.dispatch is " + size + " bytes of bytecode, over HotSpot's 8000-byte limit");
    }
}
