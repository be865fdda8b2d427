package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ember.cli.Main;
import org.junit.jupiter.api.Test;

/** Functions take arbitrary attributes through their lazily made __dict__; output recorded from python3.13. */
class FunctionAttributesTest {
    private static final Path DIR = Path.of("src/test/python/functions");

    @Test
    void attributesLiveInTheFunctionDict() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = Main.run(new String[] {DIR.resolve("function_attributes.py").toString()}, stream, stream);
        assertEquals(Files.readString(DIR.resolve("function_attributes.out")), bytes.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
    }
}
