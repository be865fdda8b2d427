package org.ember.modules;

import java.util.ArrayList;
import java.util.List;

import org.ember.runtime.ArgSpec;
import org.ember.runtime.Errors;
import org.ember.runtime.Interpreter;
import org.ember.runtime.PyBuiltinFunction;
import org.ember.runtime.PyInt;
import org.ember.runtime.PyList;
import org.ember.runtime.PyModule;
import org.ember.runtime.PyStr;
import org.ember.runtime.PyType;

/** {@code pwd}: the password database (/etc/passwd) as {@code struct_passwd} records. */
public final class Pwd {
    private Pwd() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("pwd");
        PyType record = StructSeq.define("pwd", "struct_passwd",
                "pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell");
        m.dict().setItem(new PyStr("struct_passwd"), record);
        def(m, ArgSpec.one("getpwuid"), (self, a) -> {
            Long uid = UserDatabase.idArgument(a[0], "uid");
            if (uid == null) throw Errors.keyError(new PyStr("getpwuid(): uid not found"));
            for (String[] e : UserDatabase.entries("/etc/passwd", 7)) {
                if (UserDatabase.parseId(e[2]).longValue() == uid) return make(record, e);
            }
            throw Errors.keyError(new PyStr("getpwuid(): uid not found: " + UserDatabase.idText(uid)));
        });
        def(m, ArgSpec.one("getpwnam"), (self, a) -> {
            String name = UserDatabase.nameArgument(a[0], "getpwnam() argument must be str, not %s");
            for (String[] e : UserDatabase.entries("/etc/passwd", 7)) {
                if (e[0].equals(name)) return make(record, e);
            }
            throw Errors.keyError(new PyStr("getpwnam(): name not found: " + org.ember.runtime.Abstract.repr(a[0]).value()));
        });
        def(m, ArgSpec.noArgs("getpwall"), (self, a) -> {
            List<Object> all = new ArrayList<>();
            for (String[] e : UserDatabase.entries("/etc/passwd", 7)) all.add(make(record, e));
            return PyList.of(all.toArray());
        });
        return m;
    }

    private static Object make(PyType record, String[] e) {
        return StructSeq.make(record, new PyStr(e[0]), new PyStr(e[1]), PyInt.of(UserDatabase.parseId(e[2])),
                PyInt.of(UserDatabase.parseId(e[3]) == null ? 0 : UserDatabase.parseId(e[3])),
                new PyStr(e[4]), new PyStr(e[5]), new PyStr(e[6]));
    }

    private static void def(PyModule m, ArgSpec spec, PyBuiltinFunction.Body body) {
        m.dict().setItem(new PyStr(spec.name()), new PyBuiltinFunction(spec, m, body));
    }
}
