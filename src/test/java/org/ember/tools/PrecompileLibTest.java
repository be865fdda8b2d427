package org.ember.tools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.ember.interp.LibraryCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step that precompiles the library: entries for what compiles, none for what does not, only stale ones rewritten. */
class PrecompileLibTest {

    @TempDir
    Path lib;

    private Path entry(String relative) {
        return lib.resolve(LibraryCache.entryName(relative).substring("lib/".length()));
    }

    private boolean current(String relative) throws Exception {
        return LibraryCache.isCurrent(Files.readAllBytes(entry(relative)), Files.readAllBytes(lib.resolve(relative)));
    }

    @Test
    void writesCurrentEntriesAndRewritesOnlyStaleOnes() throws Exception {
        Files.writeString(lib.resolve("plain.py"), "value = 1\n");
        Files.createDirectories(lib.resolve("pkg"));
        Files.writeString(lib.resolve("pkg/__init__.py"), "from . import inner\n");
        Files.writeString(lib.resolve("pkg/inner.py"), "def f():\n    return 2\n");
        Files.writeString(lib.resolve("broken.py"), "def f(:\n");
        PrecompileLib.main(new String[] {lib.toString()});
        for (String module : new String[] {"plain.py", "pkg/__init__.py", "pkg/inner.py"}) {
            assertTrue(current(module), module);
        }
        assertFalse(Files.exists(entry("broken.py")), "no entry for a module that does not compile");

        long untouched = Files.getLastModifiedTime(entry("pkg/inner.py")).toMillis() - 10_000;
        Files.setLastModifiedTime(entry("pkg/inner.py"), FileTime.fromMillis(untouched));
        Files.writeString(lib.resolve("plain.py"), "value = 22\n");
        PrecompileLib.main(new String[] {lib.toString()});
        assertTrue(current("plain.py"), "the edited module's entry was rewritten");
        assertTrue(Files.getLastModifiedTime(entry("pkg/inner.py")).toMillis() == untouched, "a current entry is left alone");
    }
}
