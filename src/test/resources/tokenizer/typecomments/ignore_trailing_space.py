import a  # type: ignore[x]  
