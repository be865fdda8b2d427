global a
