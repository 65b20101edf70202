source = "x * 2"
code = compile(source, "<expr>", "eval")
