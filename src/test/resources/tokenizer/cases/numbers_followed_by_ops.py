1+2-3*4/5
1..real
(1).real
0x1.real
1 .real
