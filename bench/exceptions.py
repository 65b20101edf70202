# try/except on the happy path, and exceptions raised and caught: a try that
# does not raise should cost (almost) nothing; raising costs an allocation.


class ParseError(Exception):
    pass


def checked_div(a, b):
    if b == 0:
        raise ZeroDivisionError("division by zero")
    return a // b


def parse_digit(c):
    if "0" <= c <= "9":
        return ord(c) - 48
    raise ParseError("not a digit: " + c)


def happy_path(n):
    total = 0
    for i in range(n):
        try:
            total += checked_div(i, 7)
        except ZeroDivisionError:
            total -= 1
        try:
            total ^= i
        finally:
            total += 1
    return total


def raising_path(n):
    text = "12a45b7c9d" * 10
    caught = 0
    value = 0
    for _ in range(n):
        for c in text:
            try:
                value = value * 10 % 1000003 + parse_digit(c)
            except ParseError:
                caught += 1
    return caught, value


print("happy", happy_path(8000000))
print("raising", raising_path(20000))
