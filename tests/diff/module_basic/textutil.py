print("textutil runs as", __name__)
WIDTH = 11


def shout(text):
    return text.upper() + "!"


def center(text):
    return "[" + text.center(WIDTH) + "]"


if __name__ == "__main__":
    print("not printed: textutil is imported")
