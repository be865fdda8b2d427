f'{x!r }' f'{x !r}'
