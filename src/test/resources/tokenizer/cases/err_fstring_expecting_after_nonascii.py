x = f"é{a"
