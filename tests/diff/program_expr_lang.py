# A tokenizer, a recursive-descent parser and an evaluator for a small expression
# language: numbers, strings, variables, let-bindings, functions, conditionals,
# lists, with positioned error reports.
import math
from dataclasses import dataclass
from enum import Enum, auto


class Kind(Enum):
    NUMBER = auto()
    STRING = auto()
    NAME = auto()
    OP = auto()
    KEYWORD = auto()
    LPAREN = auto()
    RPAREN = auto()
    LBRACKET = auto()
    RBRACKET = auto()
    COMMA = auto()
    EOF = auto()


KEYWORDS = {"let", "in", "if", "then", "else", "fn", "and", "or", "not", "true", "false"}
OPERATORS = ["==", "!=", "<=", ">=", "->", "**", "+", "-", "*", "/", "%", "<", ">", "=", "|"]


@dataclass
class Token:
    kind: Kind
    text: str
    pos: int

    def describe(self):
        if self.kind is Kind.EOF:
            return "end of input"
        return f"{self.kind.name.lower()} {self.text!r}"


class LangError(Exception):
    def __init__(self, message, pos):
        super().__init__(message)
        self.pos = pos

    def render(self, source):
        line_start = source.rfind("\n", 0, self.pos) + 1
        line_end = source.find("\n", self.pos)
        if line_end < 0:
            line_end = len(source)
        line_no = source.count("\n", 0, self.pos) + 1
        col = self.pos - line_start
        return "\n".join([
            f"{type(self).__name__} at {line_no}:{col + 1}: {self}",
            "  " + source[line_start:line_end],
            "  " + " " * col + "^",
        ])


class LexError(LangError):
    pass


class ParseError(LangError):
    pass


class EvalError(LangError):
    pass


def tokenize(source):
    tokens = []
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch in " \t\n":
            i += 1
            continue
        if ch == "#":
            while i < n and source[i] != "\n":
                i += 1
            continue
        start = i
        if ch.isdigit() or (ch == "." and i + 1 < n and source[i + 1].isdigit()):
            seen_dot = False
            while i < n and (source[i].isdigit() or (source[i] == "." and not seen_dot)):
                if source[i] == ".":
                    seen_dot = True
                i += 1
            if i < n and (source[i].isalpha() or source[i] == "_"):
                raise LexError(f"invalid number literal {source[start:i + 1]!r}", start)
            tokens.append(Token(Kind.NUMBER, source[start:i], start))
            continue
        if ch.isalpha() or ch == "_":
            while i < n and (source[i].isalnum() or source[i] == "_"):
                i += 1
            word = source[start:i]
            tokens.append(Token(Kind.KEYWORD if word in KEYWORDS else Kind.NAME, word, start))
            continue
        if ch == '"':
            i += 1
            chars = []
            while i < n and source[i] != '"':
                if source[i] == "\\" and i + 1 < n:
                    escaped = source[i + 1]
                    chars.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(escaped, escaped))
                    i += 2
                    continue
                chars.append(source[i])
                i += 1
            if i >= n:
                raise LexError("unterminated string", start)
            i += 1
            tokens.append(Token(Kind.STRING, "".join(chars), start))
            continue
        single = {"(": Kind.LPAREN, ")": Kind.RPAREN, "[": Kind.LBRACKET, "]": Kind.RBRACKET, ",": Kind.COMMA}
        if ch in single:
            tokens.append(Token(single[ch], ch, start))
            i += 1
            continue
        for op in OPERATORS:
            if source.startswith(op, i):
                tokens.append(Token(Kind.OP, op, start))
                i += len(op)
                break
        else:
            raise LexError(f"unexpected character {ch!r}", start)
    tokens.append(Token(Kind.EOF, "", n))
    return tokens


# ---- syntax tree ---------------------------------------------------------------

class Node:
    def __init__(self, pos):
        self.pos = pos


class Num(Node):
    def __init__(self, value, pos):
        super().__init__(pos)
        self.value = value

    def __repr__(self):
        return f"Num({self.value!r})"


class Str(Node):
    def __init__(self, value, pos):
        super().__init__(pos)
        self.value = value

    def __repr__(self):
        return f"Str({self.value!r})"


class Var(Node):
    def __init__(self, name, pos):
        super().__init__(pos)
        self.name = name

    def __repr__(self):
        return f"Var({self.name})"


class Binary(Node):
    def __init__(self, op, left, right, pos):
        super().__init__(pos)
        self.op, self.left, self.right = op, left, right

    def __repr__(self):
        return f"({self.left!r} {self.op} {self.right!r})"


class Unary(Node):
    def __init__(self, op, operand, pos):
        super().__init__(pos)
        self.op, self.operand = op, operand

    def __repr__(self):
        return f"({self.op} {self.operand!r})"


class Let(Node):
    def __init__(self, name, value, body, pos):
        super().__init__(pos)
        self.name, self.value, self.body = name, value, body

    def __repr__(self):
        return f"Let({self.name}={self.value!r} in {self.body!r})"


class If(Node):
    def __init__(self, test, then, orelse, pos):
        super().__init__(pos)
        self.test, self.then, self.orelse = test, then, orelse

    def __repr__(self):
        return f"If({self.test!r}, {self.then!r}, {self.orelse!r})"


class Lambda(Node):
    def __init__(self, params, body, pos):
        super().__init__(pos)
        self.params, self.body = params, body

    def __repr__(self):
        return f"Fn({', '.join(self.params)} -> {self.body!r})"


class Call(Node):
    def __init__(self, callee, args, pos):
        super().__init__(pos)
        self.callee, self.args = callee, args

    def __repr__(self):
        return f"Call({self.callee!r}, {self.args!r})"


class ListLit(Node):
    def __init__(self, items, pos):
        super().__init__(pos)
        self.items = items

    def __repr__(self):
        return f"List({self.items!r})"


# ---- parser --------------------------------------------------------------------

BINARY_LEVELS = [
    ("or",),
    ("and",),
    ("==", "!=", "<", ">", "<=", ">="),
    ("|",),
    ("+", "-"),
    ("*", "/", "%"),
]


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.index = 0

    @property
    def current(self):
        return self.tokens[self.index]

    def advance(self):
        token = self.tokens[self.index]
        if token.kind is not Kind.EOF:
            self.index += 1
        return token

    def check(self, kind, text=None):
        token = self.current
        return token.kind is kind and (text is None or token.text == text)

    def expect(self, kind, text=None):
        if not self.check(kind, text):
            wanted = repr(text) if text else kind.name.lower()
            raise ParseError(f"expected {wanted}, found {self.current.describe()}", self.current.pos)
        return self.advance()

    def parse_program(self):
        expr = self.parse_expr()
        if not self.check(Kind.EOF):
            raise ParseError(f"unexpected {self.current.describe()}", self.current.pos)
        return expr

    def parse_expr(self):
        token = self.current
        if self.check(Kind.KEYWORD, "let"):
            self.advance()
            name = self.expect(Kind.NAME).text
            self.expect(Kind.OP, "=")
            value = self.parse_expr()
            self.expect(Kind.KEYWORD, "in")
            return Let(name, value, self.parse_expr(), token.pos)
        if self.check(Kind.KEYWORD, "if"):
            self.advance()
            test = self.parse_expr()
            self.expect(Kind.KEYWORD, "then")
            then = self.parse_expr()
            self.expect(Kind.KEYWORD, "else")
            return If(test, then, self.parse_expr(), token.pos)
        if self.check(Kind.KEYWORD, "fn"):
            self.advance()
            params = []
            while self.check(Kind.NAME):
                params.append(self.advance().text)
            self.expect(Kind.OP, "->")
            return Lambda(params, self.parse_expr(), token.pos)
        return self.parse_binary(0)

    def parse_binary(self, level):
        if level == len(BINARY_LEVELS):
            return self.parse_unary()
        left = self.parse_binary(level + 1)
        while self.current.text in BINARY_LEVELS[level] and self.current.kind in (Kind.OP, Kind.KEYWORD):
            op = self.advance()
            right = self.parse_binary(level + 1)
            left = Binary(op.text, left, right, op.pos)
        return left

    def parse_unary(self):
        if self.check(Kind.OP, "-") or self.check(Kind.KEYWORD, "not"):
            op = self.advance()
            return Unary(op.text, self.parse_unary(), op.pos)
        return self.parse_power()

    def parse_power(self):
        base = self.parse_call()
        if self.check(Kind.OP, "**"):
            op = self.advance()
            return Binary("**", base, self.parse_unary(), op.pos)   # right-associative
        return base

    def parse_call(self):
        expr = self.parse_atom()
        while self.check(Kind.LPAREN):
            open_paren = self.advance()
            args = []
            if not self.check(Kind.RPAREN):
                args.append(self.parse_expr())
                while self.check(Kind.COMMA):
                    self.advance()
                    args.append(self.parse_expr())
            self.expect(Kind.RPAREN)
            expr = Call(expr, args, open_paren.pos)
        return expr

    def parse_atom(self):
        token = self.current
        match token.kind:
            case Kind.NUMBER:
                self.advance()
                value = float(token.text) if "." in token.text else int(token.text)
                return Num(value, token.pos)
            case Kind.STRING:
                self.advance()
                return Str(token.text, token.pos)
            case Kind.NAME:
                self.advance()
                return Var(token.text, token.pos)
            case Kind.KEYWORD if token.text in ("true", "false"):
                self.advance()
                return Num(token.text == "true", token.pos)
            case Kind.LPAREN:
                self.advance()
                inner = self.parse_expr()
                self.expect(Kind.RPAREN)
                return inner
            case Kind.LBRACKET:
                self.advance()
                items = []
                if not self.check(Kind.RBRACKET):
                    items.append(self.parse_expr())
                    while self.check(Kind.COMMA):
                        self.advance()
                        items.append(self.parse_expr())
                self.expect(Kind.RBRACKET)
                return ListLit(items, token.pos)
            case _:
                raise ParseError(f"expected an expression, found {token.describe()}", token.pos)


# ---- evaluator -----------------------------------------------------------------

class Closure:
    def __init__(self, params, body, env, name="<fn>"):
        self.params, self.body, self.env, self.name = params, body, env, name

    def __repr__(self):
        return f"<fn {self.name}/{len(self.params)}>"


class Env:
    def __init__(self, bindings, parent=None):
        self.bindings = bindings
        self.parent = parent

    def lookup(self, name, pos):
        env = self
        while env is not None:
            if name in env.bindings:
                return env.bindings[name]
            env = env.parent
        raise EvalError(f"unbound variable '{name}'", pos)


def type_name(value):
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    return "function"


def builtin_len(args, pos):
    (value,) = args
    if not isinstance(value, (str, list)):
        raise EvalError(f"len() of a {type_name(value)}", pos)
    return len(value)


def builtin_map(args, pos):
    function, items = args
    return [apply(function, [item], pos) for item in items]


def builtin_fold(args, pos):
    function, acc, items = args
    for item in items:
        acc = apply(function, [acc, item], pos)
    return acc


def builtin_range(args, pos):
    return list(range(*args))


BUILTINS = {
    "len": (1, builtin_len),
    "map": (2, builtin_map),
    "fold": (3, builtin_fold),
    "range": (None, builtin_range),
    "sqrt": (1, lambda args, pos: math.sqrt(args[0])),
    "str": (1, lambda args, pos: show(args[0])),
}


def apply(function, args, pos):
    if isinstance(function, Closure):
        if len(args) != len(function.params):
            raise EvalError(f"{function.name} takes {len(function.params)} argument(s), got {len(args)}", pos)
        return evaluate(function.body, Env(dict(zip(function.params, args)), function.env))
    if isinstance(function, str) and function in BUILTINS:
        arity, implementation = BUILTINS[function]
        if arity is not None and arity != len(args):
            raise EvalError(f"{function} takes {arity} argument(s), got {len(args)}", pos)
        return implementation(args, pos)
    raise EvalError(f"cannot call a {type_name(function)}", pos)


def arithmetic(op, left, right, pos):
    if op == "+" and isinstance(left, str) and isinstance(right, str):
        return left + right
    if op == "|" :
        if not isinstance(left, list):
            raise EvalError("'|' needs a list on the left", pos)
        return left + [right]
    if not isinstance(left, (int, float)) or not isinstance(right, (int, float)):
        raise EvalError(f"cannot apply '{op}' to {type_name(left)} and {type_name(right)}", pos)
    try:
        if op == "+":
            return left + right
        if op == "-":
            return left - right
        if op == "*":
            return left * right
        if op == "/":
            return left / right
        if op == "%":
            return left % right
        if op == "**":
            return left ** right
    except ZeroDivisionError:
        raise EvalError("division by zero", pos) from None
    except OverflowError as exc:
        raise EvalError(f"overflow: {exc}", pos) from None
    raise EvalError(f"unknown operator {op}", pos)


COMPARISONS = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b,
}


def evaluate(node, env):
    if isinstance(node, Num) or isinstance(node, Str):
        return node.value
    if isinstance(node, Var):
        if node.name in BUILTINS:
            try:
                return env.lookup(node.name, node.pos)
            except EvalError:
                return node.name
        return env.lookup(node.name, node.pos)
    if isinstance(node, Unary):
        value = evaluate(node.operand, env)
        if node.op == "not":
            return not value
        if not isinstance(value, (int, float)):
            raise EvalError(f"cannot negate a {type_name(value)}", node.pos)
        return -value
    if isinstance(node, Binary):
        if node.op == "and":
            return evaluate(node.left, env) and evaluate(node.right, env)
        if node.op == "or":
            return evaluate(node.left, env) or evaluate(node.right, env)
        left = evaluate(node.left, env)
        right = evaluate(node.right, env)
        if node.op in COMPARISONS:
            try:
                return COMPARISONS[node.op](left, right)
            except TypeError:
                raise EvalError(f"cannot compare {type_name(left)} and {type_name(right)}", node.pos) from None
        return arithmetic(node.op, left, right, node.pos)
    if isinstance(node, Let):
        value = evaluate(node.value, env)
        inner = Env({node.name: value}, env)
        if isinstance(value, Closure) and value.name == "<fn>":
            value.name = node.name
            value.env = inner       # let-bound functions may call themselves
        return evaluate(node.body, inner)
    if isinstance(node, If):
        return evaluate(node.then if evaluate(node.test, env) else node.orelse, env)
    if isinstance(node, Lambda):
        return Closure(node.params, node.body, env)
    if isinstance(node, Call):
        function = evaluate(node.callee, env)
        args = [evaluate(arg, env) for arg in node.args]
        return apply(function, args, node.pos)
    if isinstance(node, ListLit):
        return [evaluate(item, env) for item in node.items]
    raise TypeError(f"unknown node {node!r}")


def show(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value == int(value) and abs(value) < 1e15:
            return f"{value:.1f}"
        return f"{value:.6g}"
    if isinstance(value, list):
        return "[" + ", ".join(show(item) for item in value) + "]"
    if isinstance(value, str):
        return value
    return repr(value)


def run(source, show_tree=False):
    try:
        tree = Parser(tokenize(source)).parse_program()
        if show_tree:
            print("  tree:", tree)
        return "ok", show(evaluate(tree, Env({})))
    except LangError as error:
        return "error", error.render(source)


PROGRAMS = [
    ("arithmetic", "1 + 2 * 3 - 4 / 8", True),
    ("power", "2 ** 3 ** 2", True),
    ("unary", "-2 ** 2 + --3", True),
    ("strings", '"hello, " + "world" + "\\n!"', False),
    ("let", "let x = 5 in let y = x * 2 in x + y", True),
    ("if", "if 3 > 2 and not false then \"yes\" else \"no\"", False),
    ("closure", "let add = fn a b -> a + b in add(40, 2)", True),
    ("curry", "let adder = fn n -> fn m -> n + m in adder(10)(5)", False),
    ("recursion", "let fact = fn n -> if n <= 1 then 1 else n * fact(n - 1) in fact(25)", False),
    ("fib", "let fib = fn n -> if n < 2 then n else fib(n - 1) + fib(n - 2) in map(fib, range(12))", False),
    ("lists", "[1, 2, 3] | 4 | 5", False),
    ("fold", "fold(fn acc x -> acc + x * x, 0, range(1, 11))", False),
    ("builtins", "[len(\"abc\"), len([1, [2, 3]]), sqrt(2), str(1.5) + \"!\"]", False),
    ("floats", "[0.1 + 0.2, 1 / 3, 10 / 4, 1000.0, 2 ** 0.5]", False),
    ("comparison", "[1 < 2, 2 <= 2, \"a\" == \"a\", [1] != [1]]", False),
    ("modulo", "[7 % 3, -7 % 3, 7.5 % 2]", False),
    ("big", "let p = fn b e -> if e == 0 then 1 else b * p(b, e - 1) in p(3, 50)", False),
    # errors of every stage
    ("lex error", "1 + $", False),
    ("bad number", "let x = 12abc in x", False),
    ("unterminated", "\"abc", False),
    ("parse error", "let x = 1 x + 1", False),
    ("missing paren", "(1 + 2", False),
    ("trailing", "1 2", False),
    ("empty", "", False),
    ("unbound", "let x = 1 in\n  x + y", False),
    ("type error", "1 + \"a\"", False),
    ("division", "let z = 0 in 10 / z", False),
    ("arity", "let f = fn a -> a in f(1, 2)", False),
    ("not callable", "let n = 3 in n(1)", False),
    ("compare", "[1] < 2", False),
    ("negate", "-\"x\"", False),
    ("overflow", "2.0 ** 5000", False),
    ("len type", "len(5)", False),
]

passed = failed = 0
for name, source, show_tree in PROGRAMS:
    print(f"[{name}] {source!r}")
    status, output = run(source, show_tree)
    if status == "ok":
        passed += 1
        print("  =", output)
    else:
        failed += 1
        for line in output.split("\n"):
            print("  " + line)
print(f"{passed} evaluated, {failed} errors")

# Token statistics over all the programs.
counts = {}
for _, source, _ in PROGRAMS:
    try:
        for token in tokenize(source):
            counts[token.kind] = counts.get(token.kind, 0) + 1
    except LexError as error:
        counts.setdefault(Kind.EOF, 0)
        print("skipped:", error)
for kind in sorted(counts, key=lambda k: (-counts[k], k.name)):
    print(f"{kind.name:<10}{counts[kind]:>4}")
