f"{"nested"}" f'{x['k']}'
