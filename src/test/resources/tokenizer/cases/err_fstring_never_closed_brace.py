f'{a
