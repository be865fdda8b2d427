y = rb"""abc
