DEBUG = False
LEVEL = 1
settings = {"color": "red", "size": 3}


def describe():
    return "debug=%s level=%d" % (DEBUG, LEVEL)


def get(key):
    return settings[key]
