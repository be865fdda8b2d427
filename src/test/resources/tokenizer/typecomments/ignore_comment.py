import a  # type: ignore # foo
