b = ([(c := b) for y in a] for b in f0(T))
