f'{{literal}}' f'a{{b}}c{x}d{{' f'}}{x}{{'
f'\n\t{x}\\'
