# The notes of an uncaught exception follow its last line.
print("before")
error = RuntimeError("failed")
error.add_note("note one")
error.add_note("note two")
raise error
