c += [(T := c) for x in b]
type A1[a] = __class__
