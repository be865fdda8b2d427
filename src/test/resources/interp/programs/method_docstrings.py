# A bound method's __doc__ is its function's, whatever the method type's own docstring says.
import types


class A:
    def f(self):
        """Doc of f."""

    def g(self):
        pass

    @classmethod
    def c(cls):
        """Doc of c."""


print(A().f.__doc__, A().g.__doc__, A.c.__doc__, A().c.__doc__)
print(types.MethodType(A.f, 1).__doc__, types.MethodType(len, 1).__doc__ == len.__doc__)
