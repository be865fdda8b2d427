package org.ember.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Python's table-driven 8-bit codecs ("charmap" codecs: cp437, cp850, koi8_r, iso8859_2,
 * mac_roman, the EBCDIC code pages, ...). Each decoding table is read, on first use, from the
 * JDK's charset of the same code page, then corrected where CPython's table says otherwise (the
 * corrections below were found by comparing every byte against CPython 3.13). Encoding is the
 * inverse table; when two bytes decode to the same character, the later byte encodes it, as in
 * CPython's charmap_build. latin-1, ascii and cp1252 stay with {@link Codecs}' own code.
 */
final class SingleByteCodecs {
    private SingleByteCodecs() {}

    /** One codec: its Python name ("cp437", as codecs.lookup(...).name gives it) and both directions. */
    record Table(String name, int[] decoding, Map<Integer, Integer> encoding) {
        /** The byte for {@code cp}, or -1 when the code page has none. */
        int encode(int cp) {
            Integer b = encoding.get(cp);
            return b == null ? -1 : b;
        }
    }

    /** Where a codec's table comes from: the JDK charset and CPython's differences ("byte:codepoint", '-' = undefined). */
    private record Source(String module, String jdkCharset, String corrections, String aliases) {}

    private static final Source[] SOURCES = {
        new Source("cp037", "IBM037", "15:85", "037 csibm037 ebcdic_cp_ca ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ibm037 ibm039"),
        new Source("cp1006", "IBM1006", "B2:FE8E C7:FB84 D5:FEC1 D6:FEC5 E3:FED9 F9:FEF1 FA:FEF2 FB:FEF3", ""),
        new Source("cp1026", "IBM1026", "15:85", "1026 csibm1026 ibm1026"),
        new Source("cp1140", "IBM1140", "15:85", "1140 ibm1140"),
        new Source("cp1250", "windows-1250", "", "1250 windows_1250"),
        new Source("cp1251", "windows-1251", "", "1251 windows_1251"),
        new Source("cp1253", "windows-1253", "", "1253 windows_1253"),
        new Source("cp1254", "windows-1254", "", "1254 windows_1254"),
        new Source("cp1255", "windows-1255", "", "1255 windows_1255"),
        new Source("cp1256", "windows-1256", "", "1256 windows_1256"),
        new Source("cp1257", "windows-1257", "", "1257 windows_1257"),
        new Source("cp1258", "windows-1258", "", "1258 windows_1258"),
        new Source("cp273", "IBM273", "15:85 BC:203E", "273 csibm273 ibm273"),
        new Source("cp424", "IBM424", "15:85 B3:B7 BC:AF", "424 csibm424 ebcdic_cp_he ibm424"),
        new Source("cp437", "IBM437", "", "437 cspc8codepage437 ibm437"),
        new Source("cp500", "IBM500", "15:85", "500 csibm500 ebcdic_cp_be ebcdic_cp_ch ibm500"),
        new Source("cp737", "IBM737", "", ""),
        new Source("cp775", "IBM775", "", "775 cspc775baltic ibm775"),
        new Source("cp850", "IBM850", "", "850 cspc850multilingual ibm850"),
        new Source("cp852", "IBM852", "", "852 cspcp852 ibm852"),
        new Source("cp855", "IBM855", "", "855 csibm855 ibm855"),
        new Source("cp856", "IBM856", "EE:AF FA:B7", ""),
        new Source("cp857", "IBM857", "", "857 csibm857 ibm857"),
        new Source("cp858", "IBM858", "", "858 csibm858 ibm858"),
        new Source("cp860", "IBM860", "", "860 csibm860 ibm860"),
        new Source("cp861", "IBM861", "", "861 cp_is csibm861 ibm861"),
        new Source("cp862", "IBM862", "", "862 cspc862latinhebrew ibm862"),
        new Source("cp863", "IBM863", "", "863 csibm863 ibm863"),
        new Source("cp864", "IBM864", "", "864 csibm864 ibm864"),
        new Source("cp865", "IBM865", "", "865 csibm865 ibm865"),
        new Source("cp866", "IBM866", "", "866 csibm866 ibm866"),
        new Source("cp869", "IBM869", "", "869 cp_gr csibm869 ibm869"),
        new Source("cp874", "x-windows-874", "", ""),
        new Source("cp875", "IBM875", "15:85 DC:1A E1:1A EC:1A ED:1A FC:1A FD:1A", ""),
        new Source("iso8859_2", "ISO-8859-2", "", "csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2"),
        new Source("iso8859_3", "ISO-8859-3", "", "csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3"),
        new Source("iso8859_4", "ISO-8859-4", "", "csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4"),
        new Source("iso8859_5", "ISO-8859-5", "", "csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144"),
        new Source("iso8859_6", "ISO-8859-6", "",
                "arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127"),
        new Source("iso8859_7", "ISO-8859-7", "",
                "csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126"),
        new Source("iso8859_8", "ISO-8859-8", "", "csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138"),
        new Source("iso8859_9", "ISO-8859-9", "", "csisolatin5 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5"),
        new Source("iso8859_11", "ISO-8859-11", "", "iso_8859_11 iso_8859_11_2001 thai"),
        new Source("iso8859_13", "ISO-8859-13", "", "iso_8859_13 l7 latin7"),
        new Source("iso8859_15", "ISO-8859-15", "", "iso_8859_15 l9 latin9"),
        new Source("iso8859_16", "ISO-8859-16", "", "iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10"),
        new Source("koi8_r", "KOI8-R", "", "cskoi8r"),
        new Source("koi8_u", "KOI8-U", "", ""),
        new Source("mac_croatian", "x-MacCroatian", "BD:3A9 DB:20AC", ""),
        new Source("mac_cyrillic", "x-MacCyrillic", "A2:490 B6:491 FF:20AC", "maccyrillic"),
        new Source("mac_greek", "x-MacGreek", "9C:20AC AF:B7 FF:AD", "macgreek"),
        new Source("mac_iceland", "x-MacIceland", "BD:3A9 DB:20AC", "maciceland"),
        new Source("mac_latin2", "x-MacCentralEurope", "", "mac_centeuro maccentraleurope maclatin2"),
        new Source("mac_roman", "x-MacRoman", "", "macintosh macroman"),
        new Source("mac_romanian", "x-MacRomania", "AF:218 BD:3A9 BF:219 DB:20AC DE:21A DF:21B", ""),
        new Source("mac_turkish", "x-MacTurkish", "BD:3A9 F5:F8A0", "macturkish"),
        new Source("tis_620", "TIS-620", thaiControls(), "iso_ir_166 tis620 tis_620_0 tis_620_2529_0 tis_620_2529_1"),
    };

    /** tis_620: CPython maps 0x80..0x9F to the C1 controls and leaves 0xA0 undefined; the JDK does neither. */
    private static String thaiControls() {
        StringBuilder b = new StringBuilder();
        for (int i = 0x80; i < 0xA0; i++) b.append(String.format("%X:%X ", i, i));
        return b.append("A0:-").toString();
    }

    /** Normalized name (module or alias) to its source. */
    private static final Map<String, Source> BY_NAME = new HashMap<>();

    static {
        for (Source s : SOURCES) {
            BY_NAME.put(s.module(), s);
            for (String alias : s.aliases().split(" ")) if (!alias.isEmpty()) BY_NAME.put(alias, s);
        }
    }

    private static final Map<String, Table> TABLES = new ConcurrentHashMap<>();

    /** The codec for a normalized encoding name, or null when it is not one of these (or the JDK lacks it). */
    static Table find(String normalizedName) {
        Source source = BY_NAME.get(normalizedName);
        if (source == null) return null;
        return TABLES.computeIfAbsent(source.module(), m -> build(source));
    }

    /** The table, or null when this JDK lacks the charset (the codec is then unknown, as it should be). */
    private static Table build(Source source) {
        if (!Charset.isSupported(source.jdkCharset())) return null;
        int[] decoding = jdkTable(source.jdkCharset());
        for (String correction : source.corrections().split(" ")) {
            if (correction.isEmpty()) continue;
            int colon = correction.indexOf(':');
            int b = Integer.parseInt(correction.substring(0, colon), 16);
            String cp = correction.substring(colon + 1);
            decoding[b] = cp.equals("-") ? -1 : Integer.parseInt(cp, 16);
        }
        Map<Integer, Integer> encoding = new HashMap<>();
        for (int b = 0; b < 256; b++) if (decoding[b] >= 0) encoding.put(decoding[b], b);
        return new Table(source.module().replace('_', '-'), decoding, encoding);
    }

    /** Byte to code point (-1 where undefined) as the JDK's charset decodes each byte alone. */
    private static int[] jdkTable(String charsetName) {
        CharsetDecoder decoder = Charset.forName(charsetName).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int[] table = new int[256];
        for (int b = 0; b < 256; b++) {
            decoder.reset();
            try {
                String s = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).toString();
                table[b] = s.length() == 1 ? s.charAt(0) : -1;
            } catch (CharacterCodingException e) {
                table[b] = -1;
            }
        }
        return table;
    }
}
