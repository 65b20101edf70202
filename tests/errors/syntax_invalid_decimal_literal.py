count = 3apples
