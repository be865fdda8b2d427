package org.ember.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.ember.parser.SourceParser;
import org.junit.jupiter.api.Test;

/**
 * {@code ember -m ast} with Ember's real parser against {@code python3.13 -m ast} on the same
 * stdin (tools/gen-asttool-data.py e2e): modes, type comments, indents, encodings, syntax errors.
 */
class AstToolEndToEndTest {

    @Test
    void matchesPythonDashMAst() throws IOException {
        List<String> data = AstToolTest.lines("e2e.txt");
        int checked = 0;
        for (int i = 0; i < data.size() && data.get(i).startsWith("case\t"); ) {
            String[] f = data.get(i).split("\t", -1);
            String[] args = f[1].isEmpty() ? new String[0] : f[1].split(" ");
            byte[] stdin = HexFormat.of().parseHex(f[2]);
            String[] r = data.get(i + 1).split(" ");
            int outLines = Integer.parseInt(r[2]), errLines = Integer.parseInt(r[3]);
            var expected = new AstToolTest.Run(Integer.parseInt(r[1]), AstToolTest.take(data, i + 2, outLines),
                    AstToolTest.take(data, i + 2 + outLines, errLines));
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            int status = AstTool.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), SourceParser.ember(), 80);
            var got = new AstToolTest.Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            assertEquals(expected, got, data.get(i));
            i += 2 + outLines + errLines;
            checked++;
        }
        assertEquals(14, checked);
    }
}
