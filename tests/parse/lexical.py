# Tokenizer corners: continuation, comments, blank lines, indentation, brackets.
x = 1 + \
    2
if x and \
   y:
    pass

# a comment
   # an indented comment

def f():
    # comment at a different indentation
        # deeper comment
    return (1 +
        2 +
            3)

y = [
    1,
    2,
]
z = {
    'a': 1,
        'b': 2,
}
call(
    a,
    # comment inside brackets
    b,
)
if True:
	pass
if True:
        if False:
                pass
s = 'a'\
    'b'
t = ('a'
     'b')
u = """
    indented text
"""; v = 1
w = 1;
très = 1
名前 = 2
_private = 3
__dunder__ = 4
x1y2 = 5
x = 1if y else 2
x = [1for x in y]
