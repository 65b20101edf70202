doc = """Start of a docstring

that never ends
