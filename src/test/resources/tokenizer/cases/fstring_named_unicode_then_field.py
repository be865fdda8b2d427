f'\N{DIGIT ONE}{x}\N{DIGIT TWO}' rf'\N{x}'
