import argparse

parser = argparse.ArgumentParser(prog="p")
parser.add_argument("src", type=argparse.FileType("r"))
