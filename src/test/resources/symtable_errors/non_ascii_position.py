def f():
    é = 1; global é
