import argparse
class P(argparse.ArgumentParser):
    pass
P(prog="x")
