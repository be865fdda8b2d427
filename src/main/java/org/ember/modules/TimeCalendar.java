package org.ember.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyFloat;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyNone;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyTuple;
import org.ember.runtime.PyType;

/**
 * The calendar half of {@code time}: {@code struct_time}, {@code gmtime}/{@code localtime}/
 * {@code mktime}, {@code strftime} (the C locale's directives, as glibc formats them),
 * {@code asctime}/{@code ctime} and the zone constants, over java.time with the JVM's default
 * zone as the local zone.
 */
final class TimeCalendar {
    private TimeCalendar() {}

    private static final String[] FIELDS = {
        "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
    };

    static void install(PyModule time) {
        PyType structTime = StructSeq.define("time", "struct_time", true, true, FIELDS);
        structTime.newInstance = (t, args, off, n, kw) -> newStructTime(t, args, off, n, kw);
        set(time, "struct_time", structTime);
        def(time, ArgSpec.positional("gmtime", 0, 1), (self, a) -> structTime(structTime, at(a[0], ZoneOffset.UTC), false, "GMT"));
        def(time, ArgSpec.positional("localtime", 0, 1), (self, a) -> localStructTime(structTime, a[0]));
        def(time, ArgSpec.one("mktime"), (self, a) -> new PyFloat(mktime(fields(a[0], "mktime"))));
        def(time, ArgSpec.positional("asctime", 0, 1), (self, a) ->
                new PyStr(asctime(a[0] == null ? fields(localStructTime(structTime, null), "asctime") : fields(a[0], "asctime"))));
        def(time, ArgSpec.positional("ctime", 0, 1), (self, a) ->
                new PyStr(asctime(fields(localStructTime(structTime, a[0]), "ctime"))));
        def(time, ArgSpec.positional("strftime", 1, 2), (self, a) -> {
            if (!(a[0] instanceof PyStr format)) throw Errors.mustBe("strftime() argument 1", "str", a[0]);
            Object t = a[1] == null ? localStructTime(structTime, null) : a[1];
            return new PyStr(strftime(format.value(), fields(t, "strftime"), t));
        });
        def(time, ArgSpec.noArgs("tzset"), (self, a) -> {
            LocalZone.reset();
            installZoneConstants(time);
            return PyNone.NONE;
        });
        def(time, ArgSpec.positional("strptime", 1, 2), (self, a) -> {
            if (!(a[0] instanceof PyStr data)) throw Errors.typeError("strptime() argument 0 must be str, not %s", Abstract.repr(Abstract.typeOf(a[0])).value());
            String format = "%a %b %d %H:%M:%S %Y";
            if (a[1] != null) {
                if (!(a[1] instanceof PyStr f)) throw Errors.typeError("strptime() argument 1 must be str, not %s", Abstract.repr(Abstract.typeOf(a[1])).value());
                format = f.value();
            }
            return strptime(structTime, data.value(), format);
        });
        installZoneConstants(time);
        set(time, "_STRUCT_TM_ITEMS", PyInt.of(11)); // struct_time's fields with tm_zone and tm_gmtoff
    }

    // ---- struct_time

    private static Object newStructTime(PyType type, Object[] args, int off, int n, PyTuple kw) {
        Object[] a = ArgSpec.keywords("struct_time", 0, 1, 2, "sequence", "dict").bind(args, off, n, kw);
        PyTuple items = PyTuple.fromIterable(a[0]);
        if (items.size() < 9) {
            throw Errors.typeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)", items.size());
        }
        if (items.size() > 11) {
            throw Errors.typeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)", items.size());
        }
        Object[] visible = new Object[9];
        for (int i = 0; i < 9; i++) visible[i] = items.get(i);
        Object made = StructSeq.make(type, visible);
        Abstract.setAttr(made, "tm_zone", items.size() > 9 ? items.get(9) : PyNone.NONE);
        Abstract.setAttr(made, "tm_gmtoff", items.size() > 10 ? items.get(10) : PyNone.NONE);
        return made;
    }

    /** localtime(secs): the fields in the local zone (LocalZone, which tzset() sets from TZ). */
    private static Object localStructTime(PyType type, Object secs) {
        ZonedDateTime utc = at(secs, ZoneOffset.UTC);
        LocalZone.Info info = LocalZone.at(utc.toEpochSecond());
        ZonedDateTime local;
        try {
            local = utc.withZoneSameInstant(ZoneOffset.ofTotalSeconds(info.utcOffset()));
        } catch (java.time.DateTimeException e) {
            throw Errors.overflowError("timestamp out of range for platform time_t");
        }
        return structTime(type, local, info.dst(), info.abbreviation());
    }

    private static Object structTime(PyType type, ZonedDateTime t, boolean dst, String zoneName) {
        Object made = StructSeq.make(type, PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()), PyInt.of(t.getDayOfMonth()),
                PyInt.of(t.getHour()), PyInt.of(t.getMinute()), PyInt.of(t.getSecond()),
                PyInt.of(t.getDayOfWeek().getValue() - 1), PyInt.of(t.getDayOfYear()),
                PyInt.of(dst ? 1 : 0));
        Abstract.setAttr(made, "tm_zone", new PyStr(zoneName));
        Abstract.setAttr(made, "tm_gmtoff", PyInt.of(t.getOffset().getTotalSeconds()));
        return made;
    }

    /** The time {@code secs} (None or absent: now) in zone {@code zone}; seconds are floored. */
    private static ZonedDateTime at(Object secs, ZoneId zone) {
        long seconds;
        if (secs == null || secs == PyNone.NONE) {
            seconds = Math.floorDiv(System.currentTimeMillis(), 1000L);
        } else if (secs instanceof PyFloat f) {
            double v = f.value;
            if (Double.isNaN(v)) throw Errors.valueError("Invalid value NaN (not a number)");
            if (Double.isInfinite(v) || Math.abs(v) > 1e17) throw Errors.overflowError("timestamp out of range for platform time_t");
            seconds = (long) Math.floor(v);
        } else {
            PyInt i = PyInt.asInt(secs);
            if (i == null) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", Abstract.typeName(secs));
            }
            if (i.bigValue().bitLength() > 56) throw Errors.overflowError("timestamp out of range for platform time_t");
            seconds = i.longValue();
        }
        try {
            return Instant.ofEpochSecond(seconds).atZone(zone);
        } catch (java.time.DateTimeException e) {
            throw Errors.overflowError("timestamp out of range for platform time_t");
        }
    }

    /** The nine int fields of a struct_time or 9-tuple, with CPython's argument errors. */
    private static long[] fields(Object t, String func) {
        if (!(Abstract.builtinPart(t) instanceof PyTuple items)) {
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        if (items.size() != 9) {
            throw Errors.typeError("%s(): illegal time tuple argument", func);
        }
        long[] out = new long[9];
        for (int i = 0; i < 9; i++) {
            PyInt v = PyInt.asInt(items.get(i));
            if (v == null) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", Abstract.typeName(items.get(i)));
            }
            out[i] = v.longValue();
        }
        return out;
    }

    /** mktime: local fields (normalized as C's mktime does: month 13 is next January) to epoch seconds. */
    private static double mktime(long[] f) {
        try {
            LocalDateTime local = LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths(f[1] - 1).plusDays(f[2] - 1)
                    .plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
            long isdst = f[8];
            return LocalZone.toEpoch(local.toEpochSecond(ZoneOffset.UTC), isdst > 0 ? 1 : isdst < 0 ? -1 : 0);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw Errors.overflowError("mktime argument out of range");
        }
    }

    // ---- formatting

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private static String asctime(long[] f) {
        checkRanges(f);
        return String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[(int) Math.floorMod(f[6], 7)].substring(0, 3),
                MONTHS[(int) f[1] - 1].substring(0, 3), f[2], f[3], f[4], f[5], f[0]);
    }

    /** CPython's checktm: every field within its range before formatting. */
    private static void checkRanges(long[] f) {
        if (f[1] == 0) f[1] = 1;
        if (f[2] == 0) f[2] = 1;
        if (f[7] == 0) f[7] = 1;
        if (f[1] < 1 || f[1] > 12) throw Errors.valueError("month out of range");
        if (f[2] < 1 || f[2] > 31) throw Errors.valueError("day of month out of range");
        if (f[3] < 0 || f[3] > 23) throw Errors.valueError("hour out of range");
        if (f[4] < 0 || f[4] > 59) throw Errors.valueError("minute out of range");
        if (f[5] < 0 || f[5] > 61) throw Errors.valueError("seconds out of range");
        if (f[6] < 0) throw Errors.valueError("day of week out of range");
        if (f[7] < 1 || f[7] > 366) throw Errors.valueError("day of year out of range");
        if (f[8] < -1) f[8] = -1;
        if (f[8] > 1) f[8] = 1;
    }

    private static String strftime(String format, long[] f, Object t) {
        checkRanges(f);
        int year = (int) f[0], month = (int) f[1], day = (int) f[2], hour = (int) f[3], minute = (int) f[4], second = (int) f[5];
        int wdayMonday0 = (int) Math.floorMod(f[6], 7);
        int wdaySunday0 = (wdayMonday0 + 1) % 7;
        int yday0 = (int) f[7] - 1;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char d = format.charAt(++i);
            switch (d) {
                case 'a' -> out.append(DAYS[wdayMonday0], 0, 3);
                case 'A' -> out.append(DAYS[wdayMonday0]);
                case 'b', 'h' -> out.append(MONTHS[month - 1], 0, 3);
                case 'B' -> out.append(MONTHS[month - 1]);
                case 'c' -> out.append(strftime("%a %b %e %H:%M:%S %Y", f, t));
                case 'C' -> out.append(String.format("%02d", Math.floorDiv(year, 100)));
                case 'd' -> out.append(String.format("%02d", day));
                case 'D', 'x' -> out.append(String.format("%02d/%02d/%02d", month, day, Math.floorMod(year, 100)));
                case 'e' -> out.append(String.format("%2d", day));
                case 'F' -> out.append(String.format("%d-%02d-%02d", year, month, day));
                case 'G', 'g', 'V' -> out.append(isoField(d, year, month, day));
                case 'H' -> out.append(String.format("%02d", hour));
                case 'I' -> out.append(String.format("%02d", hour % 12 == 0 ? 12 : hour % 12));
                case 'j' -> out.append(String.format("%03d", yday0 + 1));
                case 'k' -> out.append(String.format("%2d", hour));
                case 'l' -> out.append(String.format("%2d", hour % 12 == 0 ? 12 : hour % 12));
                case 'm' -> out.append(String.format("%02d", month));
                case 'M' -> out.append(String.format("%02d", minute));
                case 'n' -> out.append('\n');
                case 'p' -> out.append(hour < 12 ? "AM" : "PM");
                case 'P' -> out.append(hour < 12 ? "am" : "pm");
                case 'r' -> out.append(String.format("%02d:%02d:%02d %s", hour % 12 == 0 ? 12 : hour % 12, minute, second, hour < 12 ? "AM" : "PM"));
                case 'R' -> out.append(String.format("%02d:%02d", hour, minute));
                case 'S' -> out.append(String.format("%02d", second));
                case 't' -> out.append('\t');
                case 'T', 'X' -> out.append(String.format("%02d:%02d:%02d", hour, minute, second));
                case 'u' -> out.append(wdayMonday0 + 1);
                case 'U' -> out.append(String.format("%02d", (yday0 + 7 - wdaySunday0) / 7));
                case 'w' -> out.append(wdaySunday0);
                case 'W' -> out.append(String.format("%02d", (yday0 + 7 - wdayMonday0) / 7));
                case 'y' -> out.append(String.format("%02d", Math.floorMod(year, 100)));
                case 'Y' -> out.append(year);
                case 'z' -> out.append(offsetText(t));
                case 'Z' -> out.append(zoneText(t));
                case '%' -> out.append('%');
                default -> out.append('%').append(d);
            }
        }
        return out.toString();
    }

    private static String isoField(char d, int year, int month, int day) {
        java.time.LocalDate date = java.time.LocalDate.of(year, month, Math.min(day, java.time.YearMonth.of(year, month).lengthOfMonth()));
        int isoYear = date.get(IsoFields.WEEK_BASED_YEAR);
        return switch (d) {
            case 'G' -> Integer.toString(isoYear);
            case 'g' -> String.format("%02d", Math.floorMod(isoYear, 100));
            default -> String.format("%02d", date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    /** %z: the struct_time's tm_gmtoff as +hhmm (the local zone's offset for a plain tuple). */
    private static String offsetText(Object t) {
        Object gmtoff = Abstract.lookupAttr(t, new PyStr("tm_gmtoff"));
        long seconds = gmtoff instanceof PyInt i ? i.longValue()
                : LocalZone.at(Instant.now().getEpochSecond()).utcOffset();
        long minutes = Math.abs(seconds) / 60;
        return String.format("%s%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }

    private static String zoneText(Object t) {
        Object zone = Abstract.lookupAttr(t, new PyStr("tm_zone"));
        if (zone instanceof PyStr s) return s.value();
        return LocalZone.at(Instant.now().getEpochSecond()).abbreviation();
    }

    // ---- strptime

    /** The pattern each directive matches, as CPython's _strptime (alternatives in its order). */
    private static String directivePattern(char d) {
        return switch (d) {
            case 'd' -> "(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])";
            case 'f' -> "(?<f>[0-9]{1,6})";
            case 'H' -> "(?<H>2[0-3]|[0-1]\\d|\\d)";
            case 'I' -> "(?<I>1[0-2]|0[1-9]|[1-9]| [1-9])";
            case 'j' -> "(?<j>36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])";
            case 'm' -> "(?<m>1[0-2]|0[1-9]|[1-9])";
            case 'M' -> "(?<M>[0-5]\\d|\\d)";
            case 'S' -> "(?<S>6[0-1]|[0-5]\\d|\\d)";
            case 'U' -> "(?<U>5[0-3]|[0-4]\\d|\\d)";
            case 'W' -> "(?<W>5[0-3]|[0-4]\\d|\\d)";
            case 'w' -> "(?<w>[0-6])";
            case 'u' -> "(?<u>[1-7])";
            case 'y' -> "(?<y>\\d\\d)";
            case 'Y' -> "(?<Y>\\d\\d\\d\\d)";
            case 'z' -> "(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|(?-i:Z))?";
            case 'a' -> "(?<a>" + names(DAYS, true) + ")";
            case 'A' -> "(?<A>" + names(DAYS, false) + ")";
            case 'b', 'h' -> "(?<b>" + names(MONTHS, true) + ")";
            case 'B' -> "(?<B>" + names(MONTHS, false) + ")";
            case 'p' -> "(?<p>am|pm)";
            case 'Z' -> "(?<Z>utc|gmt" + zoneNamesPattern() + ")";
            default -> null;
        };
    }

    /** The names, longest first so that a prefix does not win (e.g. full before abbreviated). */
    private static String names(String[] names, boolean abbreviated) {
        java.util.List<String> list = new java.util.ArrayList<>();
        for (String n : names) list.add((abbreviated ? n.substring(0, 3) : n).toLowerCase(Locale.ROOT));
        list.sort((x, y) -> y.length() - x.length());
        return String.join("|", list);
    }

    private static String zoneNamesPattern() {
        StringBuilder sb = new StringBuilder();
        for (String name : localZoneNames()) {
            if (!name.equalsIgnoreCase("utc") && !name.equalsIgnoreCase("gmt")) sb.append('|').append(java.util.regex.Pattern.quote(name.toLowerCase(Locale.ROOT)));
        }
        return sb.toString();
    }

    /** time.tzname as the last tzset() left it (strptime's %Z names). */
    private static volatile String[] zoneNames = {"UTC", "UTC"};

    private static String[] localZoneNames() {
        return zoneNames;
    }

    /** The format as a Java regular expression with CPython's rules: whitespace matches any run of it. */
    private static String formatRegex(String format, java.util.Set<Character> seen) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%') {
                if (i + 1 == format.length()) throw Errors.valueError("stray %% in format '%s'", format);
                char d = format.charAt(++i);
                switch (d) {
                    case '%' -> out.append('%');
                    case 'c' -> out.append(formatRegex("%a %b %d %H:%M:%S %Y", seen));
                    case 'x' -> out.append(formatRegex("%m/%d/%y", seen));
                    case 'X' -> out.append(formatRegex("%H:%M:%S", seen));
                    default -> {
                        String pattern = directivePattern(d);
                        if (pattern == null) throw Errors.valueError("'%s' is a bad directive in format '%s'", String.valueOf(d), format);
                        char group = d == 'h' ? 'b' : d;
                        if (!seen.add(group)) {
                            // a repeated directive must match the same text again
                            out.append("\\k<").append(group).append('>');
                        } else {
                            out.append(pattern);
                        }
                    }
                }
            } else if (Character.isWhitespace(c)) {
                while (i + 1 < format.length() && Character.isWhitespace(format.charAt(i + 1))) i++;
                out.append("\\s+");
            } else {
                out.append(java.util.regex.Pattern.quote(String.valueOf(c)));
            }
        }
        return out.toString();
    }

    private static Object strptime(PyType structTime, String data, String format) {
        java.util.Set<Character> seen = new java.util.LinkedHashSet<>();   // in format order: a later directive wins
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(formatRegex(format, seen),
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE
                        | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
        java.util.regex.Matcher m = pattern.matcher(data);
        if (!m.lookingAt()) {
            throw Errors.valueError("time data %s does not match format %s", Abstract.repr(new PyStr(data)).value(),
                    Abstract.repr(new PyStr(format)).value());
        }
        if (m.end() != data.length()) throw Errors.valueError("unconverted data remains: %s", data.substring(m.end()));
        int year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, isdst = -1;
        Integer julian = null, weekday = null;
        Object zone = PyNone.NONE, gmtoff = PyNone.NONE;
        boolean yearGiven = false;
        for (char d : seen) {
            String v = m.group(String.valueOf(d));
            if (v == null) continue;
            String lower = v.toLowerCase(Locale.ROOT);
            switch (d) {
                case 'y' -> { year = number(v); year += year <= 68 ? 2000 : 1900; yearGiven = true; }
                case 'Y' -> { year = number(v); yearGiven = true; }
                case 'm' -> month = number(v);
                case 'b', 'B' -> month = indexOfName(MONTHS, lower) + 1;
                case 'd' -> day = number(v.strip());
                case 'H' -> hour = number(v);
                case 'I' -> hour = number(v.strip()) % 12 + (seen.contains('p') && "pm".equals(lowerOf(m, 'p')) ? 12 : 0);
                case 'M' -> minute = number(v);
                case 'S' -> second = number(v);
                case 'a', 'A' -> weekday = indexOfName(DAYS, lower);
                case 'w' -> weekday = (number(v) + 6) % 7;
                case 'u' -> weekday = number(v) - 1;
                case 'j' -> julian = number(v);
                case 'z' -> gmtoff = PyInt.of(offsetSeconds(v));
                case 'Z' -> {
                    zone = new PyStr(v);
                    String[] local = localZoneNames();
                    if (lower.equals("utc") || lower.equals("gmt") || lower.equalsIgnoreCase(local[0])) isdst = 0;
                    else if (lower.equalsIgnoreCase(local[1])) isdst = 1;
                }
                default -> { }
            }
        }
        boolean leapYearFix = !yearGiven && month == 2 && day == 29;
        if (leapYearFix) year = 1904;   // so that Feb 29 exists; the result still says 1900
        java.time.LocalDate date;
        try {
            date = julian != null && !seen.contains('m') && !seen.contains('b') && !seen.contains('B') && !seen.contains('d')
                    ? java.time.LocalDate.ofYearDay(year, julian)
                    : java.time.LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            throw Errors.valueError("day is out of range for month");
        }
        if (julian == null) julian = date.getDayOfYear();
        if (weekday == null) weekday = date.getDayOfWeek().getValue() - 1;
        Object made = StructSeq.make(structTime, PyInt.of(leapYearFix ? 1900 : date.getYear()), PyInt.of(date.getMonthValue()),
                PyInt.of(date.getDayOfMonth()), PyInt.of(hour), PyInt.of(minute), PyInt.of(second), PyInt.of(weekday),
                PyInt.of(julian), PyInt.of(isdst));
        Abstract.setAttr(made, "tm_zone", zone);
        Abstract.setAttr(made, "tm_gmtoff", gmtoff);
        return made;
    }

    private static String lowerOf(java.util.regex.Matcher m, char group) {
        String v = m.group(String.valueOf(group));
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }

    private static int number(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) value = value * 10 + Character.digit(digits.charAt(i), 10);
        return value;
    }

    private static int indexOfName(String[] names, String lower) {
        for (int i = 0; i < names.length; i++) {
            String full = names[i].toLowerCase(Locale.ROOT);
            if (full.equals(lower) || full.substring(0, 3).equals(lower)) return i;
        }
        return 0;
    }

    /** %z text (+hhmm, +hh:mm[:ss[.ffffff]] or Z) as seconds east of UTC. */
    private static long offsetSeconds(String z) {
        if (z.equalsIgnoreCase("z")) return 0;
        String digits = z.substring(1).replace(":", "");
        long seconds = number(digits.substring(0, 2)) * 3600L + number(digits.substring(2, 4)) * 60L;
        if (digits.length() >= 6) seconds += number(digits.substring(4, 6));
        return z.charAt(0) == '-' ? -seconds : seconds;
    }

    // ---- zone constants

    /**
     * timezone, altzone, daylight and tzname as CPython computes them on Linux: the local zone
     * probed at the start of "this year" (now rounded down to 365.25-day years since 1970) and
     * half a year later; the zone further west is the standard one.
     */
    private static void installZoneConstants(PyModule time) {
        long year = 365L * 86400 + 6 * 3600;
        long january = Math.floorDiv(Instant.now().getEpochSecond(), year) * year;
        LocalZone.Info jan = LocalZone.at(january), jul = LocalZone.at(january + year / 2);
        boolean southern = -jan.utcOffset() < -jul.utcOffset();
        LocalZone.Info standard = southern ? jul : jan, summer = southern ? jan : jul;
        set(time, "timezone", PyInt.of(-standard.utcOffset()));
        set(time, "altzone", PyInt.of(-summer.utcOffset()));
        set(time, "daylight", PyInt.of(jan.utcOffset() != jul.utcOffset() ? 1 : 0));
        zoneNames = new String[] {standard.abbreviation(), summer.abbreviation()};
        set(time, "tzname", PyTuple.of(new PyStr(standard.abbreviation()), new PyStr(summer.abbreviation())));
    }

    private static void set(PyModule m, String name, Object value) {
        m.dict().setItem(new PyStr(name), value);
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }
}
