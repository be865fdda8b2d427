é = bf"x"
