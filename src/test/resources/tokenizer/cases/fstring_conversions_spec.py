f'{x!r} {y!s:>10} {z!a:{w}.{p}f}'
f'{x:%Y-%m-%d}'
