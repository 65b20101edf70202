match command:
    case [x, y:
        pass
