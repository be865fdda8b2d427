def f(matrix):
    return [[cell * 2 for cell in row] for row in matrix]

grid = [[i * j for j in range(3)] for i in range(3)]
