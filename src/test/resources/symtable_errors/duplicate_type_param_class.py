class C[A, *A]: pass
