# A small expression-language interpreter: tokenizer, parser, AST classes, evaluator, environments.
class Token:
    __slots__ = ("kind", "text", "pos")
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos
    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"

class LexError(Exception):
    pass

class ParseError(Exception):
    def __init__(self, message, token):
        super().__init__(f"{message} at {token.pos}: {token.text!r}")
        self.token = token

class RuntimeErr(Exception):
    pass

KEYWORDS = {"let", "in", "if", "then", "else", "fn", "true", "false"}
OPERATORS = ["==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "%", "<", ">", "(", ")", ",", "="]

class Lexer:
    def __init__(self, text):
        self.text = text
        self.i = 0
    def tokens(self):
        out = []
        text = self.text
        while self.i < len(text):
            ch = text[self.i]
            if ch.isspace():
                self.i += 1
                continue
            start = self.i
            if ch.isdigit():
                while self.i < len(text) and text[self.i].isdigit():
                    self.i += 1
                out.append(Token("num", text[start:self.i], start))
                continue
            if ch.isalpha() or ch == "_":
                while self.i < len(text) and (text[self.i].isalnum() or text[self.i] == "_"):
                    self.i += 1
                word = text[start:self.i]
                out.append(Token("kw" if word in KEYWORDS else "name", word, start))
                continue
            for op in OPERATORS:
                if text.startswith(op, self.i):
                    self.i += len(op)
                    out.append(Token("op", op, start))
                    break
            else:
                raise LexError(f"unexpected character {ch!r} at {start}")
        out.append(Token("eof", "", len(text)))
        return out

class Node:
    def children(self):
        return []
    def count(self):
        return 1 + sum([c.count() for c in self.children()])

class Num(Node):
    def __init__(self, value):
        self.value = value
    def eval(self, env):
        return self.value
    def __repr__(self):
        return str(self.value)

class Bool(Node):
    def __init__(self, value):
        self.value = value
    def eval(self, env):
        return self.value
    def __repr__(self):
        return "true" if self.value else "false"

class Var(Node):
    def __init__(self, name):
        self.name = name
    def eval(self, env):
        return env.lookup(self.name)
    def __repr__(self):
        return self.name

class BinOp(Node):
    OPS = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a // b,
        "%": lambda a, b: a % b,
        "<": lambda a, b: a < b,
        ">": lambda a, b: a > b,
        "<=": lambda a, b: a <= b,
        ">=": lambda a, b: a >= b,
        "==": lambda a, b: a == b,
        "!=": lambda a, b: a != b,
    }
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def children(self):
        return [self.left, self.right]
    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        if self.op in ("/", "%") and b == 0:
            raise RuntimeErr("division by zero")
        return BinOp.OPS[self.op](a, b)
    def __repr__(self):
        return f"({self.left!r} {self.op} {self.right!r})"

class Let(Node):
    def __init__(self, name, value, body):
        self.name, self.value, self.body = name, value, body
    def children(self):
        return [self.value, self.body]
    def eval(self, env):
        inner = env.child()
        inner.define(self.name, self.value.eval(inner))
        return self.body.eval(inner)
    def __repr__(self):
        return f"let {self.name} = {self.value!r} in {self.body!r}"

class If(Node):
    def __init__(self, test, then, other):
        self.test, self.then, self.other = test, then, other
    def children(self):
        return [self.test, self.then, self.other]
    def eval(self, env):
        return self.then.eval(env) if self.test.eval(env) else self.other.eval(env)
    def __repr__(self):
        return f"if {self.test!r} then {self.then!r} else {self.other!r}"

class Lambda(Node):
    def __init__(self, params, body):
        self.params, self.body = params, body
    def children(self):
        return [self.body]
    def eval(self, env):
        return Closure(self, env)
    def __repr__(self):
        return f"fn({', '.join(self.params)}) -> {self.body!r}"

class Call(Node):
    def __init__(self, fn, args):
        self.fn, self.args = fn, args
    def children(self):
        return [self.fn] + self.args
    def eval(self, env):
        f = self.fn.eval(env)
        args = [a.eval(env) for a in self.args]
        if not isinstance(f, Closure):
            raise RuntimeErr(f"not a function: {f!r}")
        return f.call(args)
    def __repr__(self):
        return f"{self.fn!r}({', '.join([repr(a) for a in self.args])})"

class Closure:
    depth = 0
    def __init__(self, node, env):
        self.node, self.env = node, env
    def call(self, args):
        if len(args) != len(self.node.params):
            raise RuntimeErr(f"expected {len(self.node.params)} args, got {len(args)}")
        env = self.env.child()
        for name, value in zip(self.node.params, args):
            env.define(name, value)
        Closure.depth += 1
        try:
            if Closure.depth > 200:
                raise RuntimeErr("too deep")
            return self.node.body.eval(env)
        finally:
            Closure.depth -= 1
    def __repr__(self):
        return "<closure>"

class Env:
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent
    def child(self):
        return Env(self)
    def define(self, name, value):
        self.vars[name] = value
    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise RuntimeErr(f"unbound variable {name}")

class Parser:
    PRECEDENCE = [("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos]
    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok
    def expect(self, kind, text=None):
        tok = self.advance()
        if tok.kind != kind or (text is not None and tok.text != text):
            raise ParseError(f"expected {text or kind}", tok)
        return tok
    def parse(self):
        node = self.expr()
        self.expect("eof")
        return node
    def expr(self):
        tok = self.peek()
        if tok.kind == "kw" and tok.text == "let":
            self.advance()
            name = self.expect("name").text
            self.expect("op", "=")
            value = self.expr()
            self.expect("kw", "in")
            return Let(name, value, self.expr())
        if tok.kind == "kw" and tok.text == "if":
            self.advance()
            test = self.expr()
            self.expect("kw", "then")
            then = self.expr()
            self.expect("kw", "else")
            return If(test, then, self.expr())
        if tok.kind == "kw" and tok.text == "fn":
            self.advance()
            self.expect("op", "(")
            params = []
            while self.peek().text != ")":
                params.append(self.expect("name").text)
                if self.peek().text == ",":
                    self.advance()
            self.expect("op", ")")
            self.expect("op", "->")
            return Lambda(params, self.expr())
        return self.binary(0)
    def binary(self, level):
        if level == len(self.PRECEDENCE):
            return self.call()
        left = self.binary(level + 1)
        while self.peek().kind == "op" and self.peek().text in self.PRECEDENCE[level]:
            op = self.advance().text
            left = BinOp(op, left, self.binary(level + 1))
        return left
    def call(self):
        node = self.atom()
        while self.peek().text == "(":
            self.advance()
            args = []
            while self.peek().text != ")":
                args.append(self.expr())
                if self.peek().text == ",":
                    self.advance()
            self.expect("op", ")")
            node = Call(node, args)
        return node
    def atom(self):
        tok = self.advance()
        if tok.kind == "num":
            return Num(int(tok.text))
        if tok.kind == "kw" and tok.text in ("true", "false"):
            return Bool(tok.text == "true")
        if tok.kind == "name":
            return Var(tok.text)
        if tok.text == "(":
            node = self.expr()
            self.expect("op", ")")
            return node
        raise ParseError("unexpected token", tok)

PROGRAMS = [
    "1 + 2 * 3",
    "(1 + 2) * 3 - 10 / 3",
    "let x = 5 in x * x + 1",
    "let f = fn(a, b) -> a * 10 + b in f(4, 2)",
    "let fact = fn(n) -> if n <= 1 then 1 else n * fact(n - 1) in fact(20)",
    "let fib = fn(n) -> if n < 2 then n else fib(n - 1) + fib(n - 2) in fib(15)",
    "let compose = fn(f, g) -> fn(x) -> f(g(x)) in compose(fn(x) -> x + 1, fn(x) -> x * 2)(10)",
    "if 3 == 3 then true else false",
    "10 % 0",
    "let y = 1 in z",
    "1 +",
    "let loop = fn(n) -> loop(n + 1) in loop(0)",
    "2 $ 3",
    "5(1)",
    "let add = fn(a, b) -> a + b in add(1)",
    "let big = fn(n) -> if n == 0 then 1 else 2 * big(n - 1) in big(100)",
]

total_nodes = 0
for source in PROGRAMS:
    try:
        tokens = Lexer(source).tokens()
        tree = Parser(tokens).parse()
        total_nodes += tree.count()
        result = tree.eval(Env())
        print(f"{source!r:75} => {result!r}")
        print("   tree:", tree)
    except (LexError, ParseError, RuntimeErr) as e:
        print(f"{source!r:75} !! {type(e).__name__}: {e}")
print("nodes:", total_nodes, "depth:", Closure.depth)
print(Lexer("let a = 1 in a").tokens())
