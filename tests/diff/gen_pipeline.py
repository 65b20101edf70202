# A larger program: a tokenizer, parser and evaluator built from generator pipelines.
SOURCE = """
let x = 3 + 4 * 2
let y = (x - 1) / 2
print x
print y * y
# a comment line
let name = "molt"
print name
let total = 0
print total + x + y
print 2 ** 10
"""

def lines(text):
    number = 0
    for raw in text.split("\n"):
        number += 1
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        yield number, stripped

def characters(line):
    for index, char in enumerate(line):
        yield index, char

def tokenize(line):
    chars = list(characters(line))
    position = 0
    while position < len(chars):
        index, char = chars[position]
        if char == " ":
            position += 1
            continue
        if char.isdigit():
            start = position
            while position < len(chars) and chars[position][1].isdigit():
                position += 1
            yield ("NUMBER", int(line[start:position]), index)
            continue
        if char.isalpha() or char == "_":
            start = position
            while position < len(chars) and (chars[position][1].isalnum() or chars[position][1] == "_"):
                position += 1
            word = line[start:position]
            yield ("KEYWORD" if word in ("let", "print") else "NAME", word, index)
            continue
        if char == '"':
            end = line.index('"', position + 1)
            yield ("STRING", line[position + 1:end], index)
            position = end + 1
            continue
        if line[position:position + 2] == "**":
            yield ("OP", "**", index)
            position += 2
            continue
        if char in "+-*/()=":
            yield ("OP", char, index)
            position += 1
            continue
        raise SyntaxError(f"unexpected {char!r} at {index}")
    yield ("END", None, len(line))

def token_stream(text):
    for number, line in lines(text):
        tokens = yield from with_line(number, tokenize(line))
        if tokens == 0:
            print("empty line", number)

def with_line(number, tokens):
    count = 0
    for kind, value, column in tokens:
        count += 1
        yield number, kind, value, column
    return count

class_names = {"NUMBER": "num", "NAME": "id", "OP": "op", "STRING": "str", "KEYWORD": "kw", "END": "end"}

def describe(stream):
    for number, kind, value, column in stream:
        yield f"{number}:{column}:{class_names[kind]}:{value}"

def statements(stream):
    current = []
    for number, kind, value, column in stream:
        if kind == "END":
            yield number, current
            current = []
        else:
            current.append((kind, value))

def parse_expression(tokens):
    def peek():
        return tokens[0] if tokens else ("END", None)

    def take():
        return tokens.pop(0)

    def atom():
        kind, value = take()
        if kind == "NUMBER" or kind == "STRING":
            return ("const", value)
        if kind == "NAME":
            return ("var", value)
        if value == "(":
            inner = expression()
            take()
            return inner
        if value == "-":
            return ("neg", atom())
        raise SyntaxError(f"bad token {value!r}")

    def power():
        left = atom()
        if peek()[1] == "**":
            take()
            return ("**", left, power())
        return left

    def term():
        left = power()
        while peek()[1] in ("*", "/"):
            op = take()[1]
            left = (op, left, power())
        return left

    def expression():
        left = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            left = (op, left, term())
        return left

    return expression()

def evaluate(node, env):
    kind = node[0]
    if kind == "const":
        return node[1]
    if kind == "var":
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    left = evaluate(node[1], env)
    right = evaluate(node[2], env)
    if kind == "+":
        return left + right
    if kind == "-":
        return left - right
    if kind == "*":
        return left * right
    if kind == "/":
        return left / right
    return left ** right

def run(stream):
    env = {}
    for number, tokens in stream:
        keyword = tokens[0][1]
        if keyword == "let":
            name = tokens[1][1]
            value = evaluate(parse_expression(tokens[3:]), env)
            env[name] = value
            yield f"line {number}: {name} = {value!r}"
        elif keyword == "print":
            yield f"line {number}: {evaluate(parse_expression(tokens[1:]), env)}"
    return env

for text in describe(token_stream(SOURCE)):
    if text.endswith("end:None"):
        continue
    print(text)

runner = run(statements(token_stream(SOURCE)))
while True:
    try:
        print(next(runner))
    except StopIteration as stop:
        print("final env", sorted(stop.value.items()))
        break

def take(n, iterable):
    for item in iterable:
        if n <= 0:
            return
        n -= 1
        yield item

def chunks(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)

def numbers():
    n = 1
    while True:
        yield n
        n += 1

print(list(chunks(take(10, numbers()), 3)))
print(sum(a * b for a, b in chunks(take(6, (n * n for n in numbers())), 2)))
words = (w.upper() for w in "the quick brown fox".split() if len(w) > 3)
print(list(enumerate(words)))
try:
    list(tokenize("let z = 3 $ 4"))
except SyntaxError as e:
    print("SyntaxError:", e)
