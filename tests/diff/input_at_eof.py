# molt: cap=stdin
# input() with stdin at its end (the suite runs programs with stdin from /dev/null):
# the prompt is written (no newline), then EOFError; wrong arguments as CPython words them.
try:
    input("prompt> ")
except EOFError as error:
    print("|EOFError:", error)
try:
    input()
except EOFError as error:
    print("EOFError again:", error)
for call in (lambda: input(1, 2), lambda: input(prompt="x")):
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)
class Prompt:
    def __str__(self):
        return "custom prompt: "
try:
    input(Prompt())
except EOFError:
    print()
print(type(input).__name__, callable(input))
