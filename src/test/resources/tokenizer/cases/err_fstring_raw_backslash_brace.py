rf'\d{x}\n' fR'{x}\{' Rf"\N{y}"
