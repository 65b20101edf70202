# A group whose last sub-exception is a leaf with a note closes with its rule.
error = TypeError("last")
error.add_note("note on the leaf")
raise BaseExceptionGroup("mixed", [KeyboardInterrupt(), ExceptionGroup("nested", [ValueError()]), error])
