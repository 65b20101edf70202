# re.DEBUG would print the parsed pattern, which Molt does not reproduce.
import re

print(re.compile("a+", re.DEBUG))
