x = 1
exec("x = 2")
