# colorsys: every conversion on a grid of values, including greys and values outside [0, 1]
# (where rgb_to_hls can divide by zero: the message differs between 3.13 and 3.14, so only the
# exception's type is printed).
import colorsys


def show(name, *args):
    try:
        return getattr(colorsys, name)(*args)
    except ZeroDivisionError:
        return "ZeroDivisionError"


values = [0.0, 0.2, 0.5, 2 / 3, 1.0, -0.25, 1.5]
for r in values:
    for g in values[:4] + values[5:]:
        for b in values[::2]:
            print((r, g, b), show("rgb_to_yiq", r, g, b), show("yiq_to_rgb", r, g - 0.5, b - 0.5))
            print("  ", show("rgb_to_hls", r, g, b), show("hls_to_rgb", r, g, b))
            print("  ", show("rgb_to_hsv", r, g, b), show("hsv_to_rgb", r, g, b))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, colorsys.__all__)
