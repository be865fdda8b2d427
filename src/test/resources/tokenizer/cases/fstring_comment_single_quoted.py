x = f'{a  # comment
}'
