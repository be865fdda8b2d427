# An exception raised while handling another: implicit context, suppressed context, notes
def cleanup():
    raise RuntimeError("cleanup failed")


def work():
    try:
        {}["missing"]
    except KeyError:
        try:
            cleanup()
        except RuntimeError as e:
            e.add_note("while cleaning up")
            e.add_note("second note\nwith two lines")
            raise


try:
    raise ValueError("hidden") from None
except ValueError:
    print("suppressed context handled")

work()
