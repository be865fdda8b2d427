# RecursionError: "[Previous line repeated N more times]"
def countdown(n):
    return countdown(n + 1) + 1


def start():
    countdown(0)


start()
