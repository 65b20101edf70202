def handler(event):
    if event:
        # TODO
