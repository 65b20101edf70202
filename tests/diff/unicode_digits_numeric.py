# isdecimal < isdigit < isnumeric across scripts, and int()/float() of non-ASCII digits.
CHARS = ["0", "9", "٣", "۴", "५", "৬", "੭", "௮", "๙", "༠", "၁", "០", "᠒", "０", "𝟘", "𝟡",
         "²", "³", "¹", "⁴", "₅", "①", "⑩", "⒈", "⓪", "❶", "½", "¼", "⅓", "Ⅷ", "ⅷ", "〇",
         "一", "二", "三", "十", "百", "千", "万", "億", "零", "壹", "௰", "௱", "፲", "ↂ", "𐄇",
         "a", "A", "-", ".", " ", "x²"]
for char in CHARS:
    print(repr(char), char.isdecimal(), char.isdigit(), char.isnumeric(), char.isalnum(),
          char.isalpha())

for text in ["١٢٣", "०१२", "１２３", "٣.١٤", " ٤٢ ", "-٧", "𝟙𝟚", "1_٠٠٠"]:
    try:
        print(repr(text), int(text) if "." not in text else float(text))
    except ValueError as error:
        print("ValueError", error)
for text in ["²", "½", "Ⅷ", "一", "1²"]:
    try:
        print(int(text))
    except ValueError as error:
        print("ValueError", error)
print("".isdecimal(), "".isdigit(), "".isnumeric(), "12a".isdigit(), "١2".isdecimal())
