package org.ember.modules;

import java.util.ArrayList;
import java.util.List;

import org.ember.runtime.Abstract;
import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/** {@code grp}: the group database (/etc/group) as {@code struct_group} records. */
public final class Grp {
    private Grp() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("grp");
        PyType record = StructSeq.define("grp", "struct_group", "gr_name", "gr_passwd", "gr_gid", "gr_mem");
        m.dict().setItem(new PyStr("struct_group"), record);
        def(m, ArgSpec.one("getgrgid"), (self, a) -> {
            long gid = gidArgument(a[0]);
            for (String[] e : UserDatabase.entries("/etc/group", 4)) {
                if (UserDatabase.parseId(e[2]).longValue() == gid) return make(record, e);
            }
            throw Errors.keyError(new PyStr("getgrgid(): gid not found: " + UserDatabase.idText(gid)));
        });
        def(m, ArgSpec.one("getgrnam"), (self, a) -> {
            String name = UserDatabase.nameArgument(a[0], "getgrnam() argument 1 must be str, not %s");
            for (String[] e : UserDatabase.entries("/etc/group", 4)) {
                if (e[0].equals(name)) return make(record, e);
            }
            throw Errors.keyError(new PyStr("getgrnam(): name not found: " + Abstract.repr(a[0]).value()));
        });
        def(m, ArgSpec.noArgs("getgrall"), (self, a) -> {
            List<Object> all = new ArrayList<>();
            for (String[] e : UserDatabase.entries("/etc/group", 4)) all.add(make(record, e));
            return PyList.of(all.toArray());
        });
        return m;
    }

    /** CPython's gid converter: out of range is an OverflowError here (pwd's uid says KeyError). */
    private static long gidArgument(Object arg) {
        Long gid = UserDatabase.idArgument(arg, "gid");
        if (gid != null) return gid;
        PyInt id = PyInt.asInt(arg);
        boolean huge = !id.fitsLong() ? id.bigValue().signum() > 0 : false;
        throw Errors.overflowError(huge ? "gid is greater than maximum" : "gid is less than minimum");
    }

    private static Object make(PyType record, String[] e) {
        List<Object> members = new ArrayList<>();
        for (String member : e[3].split(",")) {
            if (!member.isEmpty()) members.add(new PyStr(member));
        }
        return StructSeq.make(record, new PyStr(e[0]), new PyStr(e[1]), PyInt.of(UserDatabase.parseId(e[2])),
                PyList.of(members.toArray()));
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }
}
