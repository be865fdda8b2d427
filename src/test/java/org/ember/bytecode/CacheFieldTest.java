package org.ember.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CacheFieldTest {

    @Test
    void fieldsAreLaidOutConsecutively() {
        assertEquals(List.of(new CacheField("counter", 0, 1), new CacheField("version", 1, 2),
                        new CacheField("descr", 3, 4)),
                CacheField.parseLayout("counter, version[2], descr[4]"));
    }

    @Test
    void tableExposesFieldsByName() {
        OpInfo loadAttr = Instructions.info(Opcode.LOAD_ATTR);
        assertEquals(new CacheField("keys_version", 3, 2), loadAttr.cacheField("keys_version"));
        assertEquals(9, loadAttr.cacheSize());
        // Members and twins share their generic instruction's layout.
        assertEquals(loadAttr.cacheLayout(), Instructions.info(Opcode.LOAD_ATTR_SLOT).cacheLayout());
        assertEquals(Instructions.info(Opcode.CALL).cacheLayout(),
                Instructions.info(Opcode.INSTRUMENTED_CALL).cacheLayout());
        assertThrows(IllegalArgumentException.class, () -> loadAttr.cacheField("index"));
    }

    @Test
    void malformedLayoutsAreRejected() {
        for (String bad : new String[] {"counter,", "version[2", "descr[0]", "a b", "x[two]"}) {
            assertThrows(IllegalArgumentException.class, () -> CacheField.parseLayout(bad), bad);
        }
    }
}
