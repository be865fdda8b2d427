package org.ember.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
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
        def(time, ArgSpec.positional("gmtime", 0, 1), (self, a) -> structTime(structTime, at(a[0], ZoneOffset.UTC)));
        def(time, ArgSpec.positional("localtime", 0, 1), (self, a) -> structTime(structTime, at(a[0], localZone())));
        def(time, ArgSpec.one("mktime"), (self, a) -> new PyFloat(mktime(fields(a[0], "mktime"))));
        def(time, ArgSpec.positional("asctime", 0, 1), (self, a) ->
                new PyStr(asctime(a[0] == null ? fields(structTime(structTime, at(null, localZone())), "asctime") : fields(a[0], "asctime"))));
        def(time, ArgSpec.positional("ctime", 0, 1), (self, a) ->
                new PyStr(asctime(fields(structTime(structTime, at(a[0], localZone())), "ctime"))));
        def(time, ArgSpec.positional("strftime", 1, 2), (self, a) -> {
            if (!(a[0] instanceof PyStr format)) throw Errors.mustBe("strftime() argument 1", "str", a[0]);
            Object t = a[1] == null ? structTime(structTime, at(null, localZone())) : a[1];
            return new PyStr(strftime(format.value(), fields(t, "strftime"), t));
        });
        def(time, ArgSpec.noArgs("tzset"), (self, a) -> PyNone.NONE);
        installZoneConstants(time);
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

    private static Object structTime(PyType type, ZonedDateTime t) {
        Object made = StructSeq.make(type, PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()), PyInt.of(t.getDayOfMonth()),
                PyInt.of(t.getHour()), PyInt.of(t.getMinute()), PyInt.of(t.getSecond()),
                PyInt.of(t.getDayOfWeek().getValue() - 1), PyInt.of(t.getDayOfYear()),
                PyInt.of(t.getZone().getRules().isDaylightSavings(t.toInstant()) ? 1 : 0));
        Abstract.setAttr(made, "tm_zone", new PyStr(zoneAbbreviation(t)));
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

    private static ZoneId localZone() {
        return ZoneId.systemDefault();
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
            return local.atZone(localZone()).toEpochSecond();
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
                : localZone().getRules().getOffset(Instant.now()).getTotalSeconds();
        long minutes = Math.abs(seconds) / 60;
        return String.format("%s%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }

    private static String zoneText(Object t) {
        Object zone = Abstract.lookupAttr(t, new PyStr("tm_zone"));
        if (zone instanceof PyStr s) return s.value();
        return zoneAbbreviation(ZonedDateTime.now(localZone()));
    }

    private static String zoneAbbreviation(ZonedDateTime t) {
        // gmtime's zone is C's "GMT"; a fixed local offset has no abbreviation, so its id stands in
        if (t.getZone() instanceof ZoneOffset offset) return offset == ZoneOffset.UTC ? "GMT" : offset.getId();
        String name = t.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        String abbreviation = java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(t);
        return abbreviation.isEmpty() ? name : abbreviation;
    }

    // ---- zone constants

    private static void installZoneConstants(PyModule time) {
        ZoneId zone = localZone();
        var rules = zone.getRules();
        int year = ZonedDateTime.now(zone).getYear();
        ZonedDateTime january = ZonedDateTime.of(year, 1, 1, 12, 0, 0, 0, zone);
        ZonedDateTime july = ZonedDateTime.of(year, 7, 1, 12, 0, 0, 0, zone);
        boolean janDst = rules.isDaylightSavings(january.toInstant());
        ZonedDateTime standard = janDst ? july : january;
        ZonedDateTime summer = janDst ? january : july;
        boolean daylight = !rules.getOffset(january.toInstant()).equals(rules.getOffset(july.toInstant()));
        long timezone = -standard.getOffset().getTotalSeconds();
        long altzone = daylight ? -summer.getOffset().getTotalSeconds() : timezone;
        set(time, "timezone", PyInt.of(timezone));
        set(time, "altzone", PyInt.of(altzone));
        set(time, "daylight", PyInt.of(daylight ? 1 : 0));
        set(time, "tzname", PyTuple.of(new PyStr(zoneAbbreviation(standard)),
                new PyStr(daylight ? zoneAbbreviation(summer) : zoneAbbreviation(standard))));
    }

    private static void set(PyModule m, String name, Object value) {
        m.dict().setItem(new PyStr(name), value);
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }
}
