import a  # type: ignore
