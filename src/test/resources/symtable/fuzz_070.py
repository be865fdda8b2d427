del y
import m.c as T
