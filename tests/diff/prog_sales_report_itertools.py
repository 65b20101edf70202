# A sales report: groupby over sorted records, running totals with accumulate,
# a price grid with product, pairs with combinations, pages with batched.
from itertools import groupby, accumulate, product, combinations, batched, chain, islice, starmap, zip_longest, count
from operator import itemgetter, attrgetter, mul
import operator

SALES = [
    ("2024-01", "north", "widget", 12, 2.5), ("2024-01", "south", "gadget", 3, 10.0),
    ("2024-01", "north", "gadget", 5, 10.0), ("2024-02", "east", "widget", 20, 2.5),
    ("2024-02", "north", "widget", 7, 2.5), ("2024-02", "south", "doohickey", 1, 99.0),
    ("2024-03", "east", "gadget", 8, 10.0), ("2024-03", "east", "widget", 2, 2.5),
    ("2024-03", "south", "widget", 9, 2.5), ("2024-03", "north", "doohickey", 2, 99.0),
]


class Line:
    def __init__(self, month, region, product_name, units, price):
        self.month, self.region, self.product, self.units, self.price = month, region, product_name, units, price

    @property
    def revenue(self):
        return self.units * self.price


lines = list(starmap(Line, SALES))
print("lines:", len(lines), "revenue:", sum(map(attrgetter("revenue"), lines)))

print("-- by month")
monthly = []
for month, group in groupby(lines, key=attrgetter("month")):
    revenue = sum(line.revenue for line in group)
    monthly.append(revenue)
    print(month, "%8.2f" % revenue)
print("running:", ["%.1f" % total for total in accumulate(monthly)])
print("best month so far:", list(accumulate(monthly, max)))

print("-- by region")
for region, group in groupby(sorted(lines, key=attrgetter("region")), key=attrgetter("region")):
    group = list(group)
    products = sorted({line.product for line in group})
    print("%-6s units=%3d products=%s" % (region, sum(map(attrgetter("units"), group)), ",".join(products)))

print("-- product/region grid")
regions = sorted({line.region for line in lines})
names = sorted({line.product for line in lines})
for name, region in product(names, regions):
    units = sum(line.units for line in lines if line.product == name and line.region == region)
    if units:
        print("%-9s %-6s %3d" % (name, region, units))

print("-- bundles of two products")
prices = {line.product: line.price for line in lines}
for a, b in combinations(names, 2):
    print("%s+%s = %.2f" % (a, b, prices[a] + prices[b]))

print("-- pages")
ranked = sorted(lines, key=lambda line: (-line.revenue, line.month))
for page, chunk in zip(count(1), batched(ranked, 4)):
    print("page", page, [("%s/%s" % (line.month, line.product), line.revenue) for line in chunk])

print("-- top units")
rows = sorted(SALES, key=itemgetter(3), reverse=True)
print(list(islice(map(itemgetter(1, 2, 3), rows), 3)))
print(list(zip_longest(["Q1"], monthly, fillvalue="-")))
print(sum(starmap(mul, zip(map(itemgetter(3), SALES), map(itemgetter(4), SALES)))))
print(list(chain.from_iterable(map(operator.methodcaller("split", "-"), sorted({row[0] for row in SALES})))))
