package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * The parser keeps its token and memo arrays per thread between parses (Parser.Scratch). A parse
 * must not see anything of the one before it: each result here, got after other parses on the
 * same thread (a large one that grew the arrays, failing ones that stopped half-way, one with a
 * second error pass), must equal the result of the same parse on a fresh thread.
 */
class ParserScratchReuseTest {

    private static String big() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append("def f").append(i).append("(a, b=[1, 2], *c, **d):\n")
              .append("    return (a + b[0]) * c[len(d)] if a else {k: v for k, v in d.items()}\n");
        }
        return sb.toString();
    }

    private static final List<String> SOURCES = List.of(
            big(),
            "x = (1 +\n",                          // error in the first pass, then a second pass
            "if x:\n    y = 1\n  z = 2\n",           // indentation error
            "print('a' 'b', f'{x!r:>{w}}', b'c')\n",
            "match p:\n    case [1, *rest] if rest: pass\n    case {'k': v}: pass\n",
            "def g(:\n",
            "a = 1\n");

    private static String outcome(String source) {
        try {
            return AstDump.dump(Parser.parse(source, "<test>", Parser.Mode.EXEC, false));
        } catch (ParseError e) {
            return "error: " + e.kind + " " + e.msg + " " + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset;
        }
    }

    private static String onFreshThread(String source) throws InterruptedException {
        AtomicReference<String> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> result.set(outcome(source)), "fresh-parser", 64L << 20);
        t.start();
        t.join();
        return result.get();
    }

    @Test
    void everyParseOnAReusedThreadMatchesAFreshOne() throws InterruptedException {
        List<String> expected = new ArrayList<>();
        for (String source : SOURCES) expected.add(onFreshThread(source));
        // twice round, forwards and backwards, so that each source follows different ones
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < SOURCES.size(); i++) {
                int k = round == 0 ? i : SOURCES.size() - 1 - i;
                assertEquals(expected.get(k), outcome(SOURCES.get(k)), "source " + k + " in round " + round);
            }
        }
    }

    @Test
    void aFailedParseLeavesNothingBehind() {
        String good = "a = [x for x in y if x]\n";
        String before = outcome(good);
        assertThrows(ParseError.class, () -> Parser.parse("a = [x for x in\n", "<t>", Parser.Mode.EXEC, false));
        assertEquals(before, outcome(good));
    }
}
