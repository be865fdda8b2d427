a  \
  \€cd = 1
