f'{x:{y}}' f'{x:{y}{z}}' f'{x:a{y}b{z}c}'
