x = Tb'a'
