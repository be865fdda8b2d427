# token: 3.14's token numbers, names, EXACT_TOKEN_TYPES and the predicates.
import token
print(token.tok_name)
print(token.EXACT_TOKEN_TYPES)
print(token.__all__)
print(token.N_TOKENS, token.NT_OFFSET, token.OP, token.COMMENT, token.ENCODING)
print(token.ISTERMINAL(5), token.ISTERMINAL(256), token.ISNONTERMINAL(300), token.ISEOF(0), token.ISEOF(1))
