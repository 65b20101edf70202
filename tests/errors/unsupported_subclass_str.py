class Name(str):
    pass
