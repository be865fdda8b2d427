import a  # type: ignore[attr]
