f'{a != b}' f'{a!r}' f'{a ! r}'
