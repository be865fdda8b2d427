x = 1  # café 名前
y = 'a'  # 😀
