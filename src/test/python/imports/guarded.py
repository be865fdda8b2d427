print("guarded", __name__)
if __name__ == "__main__":
    print("guarded is main")
counter = 0
