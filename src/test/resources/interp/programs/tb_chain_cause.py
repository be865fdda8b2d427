# raise ... from ...: the cause is printed first with the direct-cause sentence
class ConfigError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e


def load():
    return parse("12x")


load()
