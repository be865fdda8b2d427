package org.ember.modules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * The C library's local time zone, as {@code time.tzset()} sets it from {@code TZ} (the process
 * environment that {@code os.putenv} changes): a TZif file of the system's zoneinfo directory
 * (what glibc reads for an Olson name such as {@code America/New_York}, with its exact
 * abbreviations and its POSIX footer rule for later times), else a POSIX TZ rule string such as
 * {@code EST+05EDT,M3.2.0,M11.1.0}, else UTC named after the string's leading letters (glibc).
 * Without {@code TZ} the zone is {@code /etc/localtime}. Process-wide, like the C library's.
 */
final class LocalZone {
    private LocalZone() {}

    /** The zone's state at one instant: seconds east of UTC, daylight saving, abbreviation. */
    record Info(int utcOffset, boolean dst, String abbreviation) {}

    /** A zone's rules: its state at each instant. */
    sealed interface Rules permits Tzif, PosixRule, JavaZone {
        Info at(long epochSecond);
    }

    private static volatile Rules current = load(ProcessEnvironment.get("TZ"));

    static Info at(long epochSecond) {
        return current.at(epochSecond);
    }

    /** tzset(): read TZ again. */
    static void reset() {
        current = load(ProcessEnvironment.get("TZ"));
    }

    /**
     * mktime's inverse: the instant whose local wall time is {@code localSeconds} (the wall
     * time counted as if it were UTC). {@code isdst} -1 lets the zone decide; in a fold the
     * later (standard) instant wins, in a gap the offset before the gap applies (glibc's
     * results); 0 or 1 against the zone's own state shifts by the hour of daylight saving.
     */
    static long toEpoch(long localSeconds, int isdst) {
        Rules rules = current;
        long best = Long.MIN_VALUE;
        boolean bestDst = false;
        for (long probe : new long[] {localSeconds - 86400, localSeconds, localSeconds + 86400}) {
            int offset = rules.at(probe).utcOffset();
            long candidate = localSeconds - offset;
            Info there = rules.at(candidate);
            if (there.utcOffset() != offset) continue;
            boolean better = best == Long.MIN_VALUE
                    || (isdst >= 0 ? there.dst() == (isdst > 0) && bestDst != (isdst > 0) : candidate > best);
            if (better) {
                best = candidate;
                bestDst = there.dst();
            }
        }
        if (best == Long.MIN_VALUE) {
            // a gap: the wall time does not exist; read it with the offset in force before it
            best = localSeconds - rules.at(localSeconds - 86400).utcOffset();
            bestDst = rules.at(best).dst();
        }
        if (isdst > 0 && !bestDst) return best - 3600;
        if (isdst == 0 && bestDst) return best + 3600;
        return best;
    }

    // ---- loading

    private static Rules load(String tz) {
        if (tz == null) return fromFileOr(Path.of("/etc/localtime"), "UTC");
        String name = tz.startsWith(":") ? tz.substring(1) : tz;
        if (name.isEmpty()) return PosixRule.utc("UTC");
        Rules fromFile = readTzif(zoneFile(name));
        if (fromFile != null) return fromFile;
        PosixRule posix = PosixRule.parse(name);
        if (posix != null) return posix;
        if (!Files.isDirectory(zoneDirectory())) {
            // no zoneinfo files on this machine: the JVM's own copy of the Olson database
            try {
                return new JavaZone(ZoneId.of(name));
            } catch (java.time.DateTimeException e) {
                // not an Olson name either
            }
        }
        int letters = 0;
        while (letters < name.length() && Character.isLetter(name.charAt(letters))) letters++;
        return PosixRule.utc(letters >= 3 ? name.substring(0, letters) : "UTC");
    }

    private static Rules fromFileOr(Path file, String fallbackName) {
        Rules rules = readTzif(file);
        if (rules != null) return rules;
        try {
            return new JavaZone(ZoneId.systemDefault());
        } catch (java.time.DateTimeException e) {
            return PosixRule.utc(fallbackName);
        }
    }

    private static Path zoneDirectory() {
        String dir = ProcessEnvironment.get("TZDIR");
        return Path.of(dir == null || dir.isEmpty() ? "/usr/share/zoneinfo" : dir);
    }

    private static Path zoneFile(String name) {
        try {
            return name.startsWith("/") ? Path.of(name) : zoneDirectory().resolve(name);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static Rules readTzif(Path file) {
        if (file == null || !Files.isRegularFile(file)) return null;
        try {
            return Tzif.parse(ByteBuffer.wrap(Files.readAllBytes(file)));
        } catch (IOException | RuntimeException e) {
            return null; // not a TZif file: glibc then reads TZ as a rule string
        }
    }

    // ---- TZif files (RFC 8536)

    record Tzif(long[] transitions, byte[] typeOfTransition, Info[] types, PosixRule footer) implements Rules {
        static Tzif parse(ByteBuffer data) {
            Header first = Header.read(data);
            if (first.version > 0) {
                // skip the 32-bit block: the version-2 block after it has 64-bit times
                data.position(data.position() + first.blockSize(4));
                return readBlock(data, Header.read(data), 8, true);
            }
            return readBlock(data, first, 4, false);
        }

        private static Tzif readBlock(ByteBuffer data, Header h, int timeSize, boolean hasFooter) {
            long[] transitions = new long[h.timeCount];
            for (int i = 0; i < h.timeCount; i++) transitions[i] = timeSize == 8 ? data.getLong() : data.getInt();
            byte[] typeOf = new byte[h.timeCount];
            data.get(typeOf);
            int[] offsets = new int[h.typeCount];
            boolean[] dst = new boolean[h.typeCount];
            int[] nameAt = new int[h.typeCount];
            for (int i = 0; i < h.typeCount; i++) {
                offsets[i] = data.getInt();
                dst[i] = data.get() != 0;
                nameAt[i] = data.get() & 0xff;
            }
            byte[] names = new byte[h.charCount];
            data.get(names);
            Info[] types = new Info[h.typeCount];
            for (int i = 0; i < h.typeCount; i++) types[i] = new Info(offsets[i], dst[i], cString(names, nameAt[i]));
            data.position(data.position() + h.leapCount * (timeSize + 4) + h.stdCount + h.utCount);
            PosixRule footer = null;
            if (hasFooter && data.remaining() > 2 && data.get() == '\n') {
                int start = data.position();
                while (data.hasRemaining() && data.get() != '\n') { }
                String rule = new String(data.array(), start, data.position() - start - 1, StandardCharsets.US_ASCII);
                footer = rule.isEmpty() ? null : PosixRule.parse(rule);
            }
            if (types.length == 0) throw new IllegalArgumentException("no local time types");
            return new Tzif(transitions, typeOf, types, footer);
        }

        private static String cString(byte[] names, int at) {
            int end = at;
            while (end < names.length && names[end] != 0) end++;
            return new String(names, at, end - at, StandardCharsets.US_ASCII);
        }

        @Override
        public Info at(long epochSecond) {
            if (transitions.length == 0 || epochSecond < transitions[0]) {
                return footer != null && transitions.length == 0 ? footer.at(epochSecond) : types[0];
            }
            if (epochSecond >= transitions[transitions.length - 1] && footer != null) return footer.at(epochSecond);
            int found = Arrays.binarySearch(transitions, epochSecond);
            int index = found >= 0 ? found : -found - 2;
            return types[typeOfTransition[index] & 0xff];
        }
    }

    private record Header(int version, int utCount, int stdCount, int leapCount, int timeCount, int typeCount, int charCount) {
        static Header read(ByteBuffer data) {
            byte[] magic = new byte[4];
            data.get(magic);
            if (!new String(magic, StandardCharsets.US_ASCII).equals("TZif")) throw new IllegalArgumentException("not TZif");
            int version = data.get() == 0 ? 0 : 2;
            data.position(data.position() + 15);
            return new Header(version, data.getInt(), data.getInt(), data.getInt(), data.getInt(), data.getInt(), data.getInt());
        }

        int blockSize(int timeSize) {
            return timeCount * timeSize + timeCount + typeCount * 6 + charCount + leapCount * (timeSize + 4)
                    + stdCount + utCount;
        }
    }

    // ---- POSIX TZ rule strings: std offset [dst [offset] [,start[/time],end[/time]]]

    record PosixRule(Info standard, Info daylight, Change start, Change end) implements Rules {
        static PosixRule utc(String name) {
            return new PosixRule(new Info(0, false, name), null, null, null);
        }

        /** The rule, or null if {@code text} is not one. */
        static PosixRule parse(String text) {
            Cursor c = new Cursor(text);
            String stdName = c.name();
            if (stdName == null) return null;
            Integer stdWest = c.offset();
            if (stdWest == null) return null;
            Info standard = new Info(-stdWest, false, stdName);
            if (c.atEnd()) return new PosixRule(standard, null, null, null);
            String dstName = c.name();
            if (dstName == null) return null;
            Integer dstWest = c.peek() == ',' || c.atEnd() ? Integer.valueOf(stdWest - 3600) : c.offset();
            if (dstWest == null) return null;
            Info daylight = new Info(-dstWest, true, dstName);
            Change start = Change.DEFAULT_START, end = Change.DEFAULT_END;
            if (!c.atEnd()) {
                if (c.next() != ',') return null;
                start = c.change();
                if (start == null || c.atEnd() || c.next() != ',') return null;
                end = c.change();
                if (end == null || !c.atEnd()) return null;
            }
            return new PosixRule(standard, daylight, start, end);
        }

        @Override
        public Info at(long epochSecond) {
            if (daylight == null) return standard;
            int year = Instant.ofEpochSecond(epochSecond + standard.utcOffset()).atZone(java.time.ZoneOffset.UTC).getYear();
            // start is given in standard local time, end in daylight local time
            long begins = start.localSeconds(year) - standard.utcOffset();
            long ends = end.localSeconds(year) - daylight.utcOffset();
            boolean inDst = begins < ends
                    ? epochSecond >= begins && epochSecond < ends
                    : !(epochSecond >= ends && epochSecond < begins);
            return inDst ? daylight : standard;
        }
    }

    /** A change date and time: {@code Jn}, {@code n} or {@code Mm.w.d}, seconds after local midnight. */
    record Change(char kind, int month, int week, int day, int seconds) {
        static final Change DEFAULT_START = new Change('M', 3, 2, 0, 7200);
        static final Change DEFAULT_END = new Change('M', 11, 1, 0, 7200);

        long localSeconds(int year) {
            LocalDate date = switch (kind) {
                case 'J' -> {
                    // 1..365, February 29 never counted
                    LocalDate d = LocalDate.ofYearDay(year, Math.min(day, 365));
                    yield d.isLeapYear() && day >= 60 ? d.plusDays(1) : d;
                }
                case 'N' -> LocalDate.ofYearDay(year, Math.min(day + 1, LocalDate.of(year, 1, 1).lengthOfYear()));
                default -> {
                    LocalDate first = LocalDate.of(year, month, 1);
                    int firstWeekday = first.getDayOfWeek().getValue() % 7; // Sunday = 0
                    LocalDate d = first.plusDays(((day - firstWeekday) + 7) % 7 + 7L * (week - 1));
                    while (d.getMonthValue() != month) d = d.minusDays(7);
                    yield d;
                }
            };
            return date.toEpochDay() * 86400L + seconds;
        }
    }

    private static final class Cursor {
        private final String text;
        private int pos;

        Cursor(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        char peek() {
            return atEnd() ? 0 : text.charAt(pos);
        }

        char next() {
            return text.charAt(pos++);
        }

        /** A zone name: three or more letters, or {@code <...>} of letters, digits, + and -. */
        String name() {
            if (peek() == '<') {
                int close = text.indexOf('>', pos);
                if (close < 0) return null;
                String name = text.substring(pos + 1, close);
                pos = close + 1;
                return name.length() >= 3 ? name : null;
            }
            int start = pos;
            while (!atEnd() && Character.isLetter(peek())) pos++;
            return pos - start >= 3 ? text.substring(start, pos) : null;
        }

        /** [+-]hh[:mm[:ss]] as seconds (west of UTC for an offset). */
        Integer offset() {
            int sign = 1;
            if (peek() == '+' || peek() == '-') sign = next() == '-' ? -1 : 1;
            Integer seconds = clock(167);
            return seconds == null ? null : sign * seconds;
        }

        private Integer clock(int maxHours) {
            Integer hours = number(3);
            if (hours == null || hours > maxHours) return null;
            int seconds = hours * 3600;
            for (int unit = 60; unit >= 1 && peek() == ':'; unit /= 60) {
                pos++;
                Integer part = number(2);
                if (part == null || part > 59) return null;
                seconds += part * unit;
            }
            return seconds;
        }

        private Integer number(int maxDigits) {
            int start = pos;
            while (!atEnd() && pos - start < maxDigits && Character.isDigit(peek())) pos++;
            return pos == start ? null : Integer.valueOf(text.substring(start, pos));
        }

        Change change() {
            Change date;
            if (peek() == 'J') {
                pos++;
                Integer n = number(3);
                if (n == null || n < 1 || n > 365) return null;
                date = new Change('J', 0, 0, n, 7200);
            } else if (peek() == 'M') {
                pos++;
                Integer m = number(2), w = null, d = null;
                if (m != null && peek() == '.') { pos++; w = number(1); }
                if (w != null && peek() == '.') { pos++; d = number(1); }
                if (m == null || w == null || d == null || m < 1 || m > 12 || w < 1 || w > 5 || d > 6) return null;
                date = new Change('M', m, w, d, 7200);
            } else {
                Integer n = number(3);
                if (n == null || n > 365) return null;
                date = new Change('N', 0, 0, n, 7200);
            }
            if (peek() != '/') return date;
            pos++;
            Integer time = offset();
            return time == null ? null : new Change(date.kind(), date.month(), date.week(), date.day(), time);
        }
    }

    // ---- the JVM's zone database, when the system has no zoneinfo files

    record JavaZone(ZoneId zone) implements Rules {
        private static final DateTimeFormatter SHORT_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

        @Override
        public Info at(long epochSecond) {
            Instant instant = Instant.ofEpochSecond(epochSecond);
            ZonedDateTime t = instant.atZone(zone);
            return new Info(t.getOffset().getTotalSeconds(), zone.getRules().isDaylightSavings(instant), SHORT_NAME.format(t));
        }
    }
}
