import a  # type: ignore
import b  # type: ignore[x]
if c:
    import d  # type: ignore
# type: ignore[y]
