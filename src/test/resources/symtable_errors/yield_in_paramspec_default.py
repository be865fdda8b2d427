type A[**P = (yield)] = int
