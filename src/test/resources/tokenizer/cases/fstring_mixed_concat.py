x = f'{a}' 'b' f"{c}" rb'd' t'{e}'
