# An uncaught JSONDecodeError ends the program with CPython's last traceback line.
import json

print(json.loads('{"ok": [1, 2]}'))
json.loads('{"ok": [1, 2}\n')
