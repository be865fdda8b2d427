x = f'''{a # comment
}'''
y = f'{
  b
}'
