# A program that computes attribute names at run time keeps every str method
# (docs/wasm.md, "Size"): getattr with a name that is not a constant.
import sys

names = ["up" + "per", "".join(["l", "ower"]), "swap" + "case"[: len(sys.argv) + 3]]
for name in names:
    method = getattr("Mixed Case", name)
    print(name, method())
print(getattr("a,b", "sp" + "lit")(","))
