f'{lambda x:1}' f'{(lambda x: 1)}'
