x = 1 #  type:   List[int]
