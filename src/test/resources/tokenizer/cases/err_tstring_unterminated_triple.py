t'''abc
