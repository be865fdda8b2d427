# Prints the special-value tables of Ember's cmath (CMath.java): for each function, the result
# for every pair of (real, imag) input classes when one is not finite (C99 Annex G, as CPython
# implements it). Classes in CPython's order: -inf, negative, -0.0, +0.0, positive, +inf, nan.
# Cells: "re,im" with N = nan, I = inf; U = unused (both finite); EDOM = ValueError raised.
# Run with python3.13 and paste the output into CMath.SPECIAL.
import cmath, math
inf, nan = math.inf, math.nan
reps = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
def lit(x):
    if math.isnan(x): return 'N'
    if math.isinf(x): return 'I' if x > 0 else '-I'
    if x == 0: return '-0' if math.copysign(1, x) < 0 else '0'
    return repr(x)
for name in ['acos', 'acosh', 'asinh', 'atanh', 'cosh', 'exp', 'log', 'sinh', 'sqrt', 'tanh', 'rect']:
    # rect(r, phi) is tabled by (r, phi) like the others by (real, imag)
    f = (lambda z: cmath.rect(z.real, z.imag)) if name == 'rect' else getattr(cmath, name)
    rows = []
    for re in reps:
        row = []
        for im in reps:
            if math.isfinite(re) and math.isfinite(im):
                row.append('U')
                continue
            try:
                z = f(complex(re, im))
                row.append(lit(z.real) + ',' + lit(z.imag))
            except ValueError:
                row.append('EDOM')
        rows.append(' '.join(row))
    print('        Map.entry("%s", new String[] {' % name)
    print(',\n'.join('            "%s"' % r for r in rows) + '}),')
