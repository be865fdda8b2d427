# Markers under lines with non-ASCII and wide characters (byte offsets -> columns)
def greet(name):
    message = "héllo " + name
    return message + "你好" + 1


greet("wörld")
