names = ["ada", "bob" "cy", "dee" 42]
