class Tags(set):
    pass
