import json
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    print(enc, json.loads('{"a": ["\U0001f600", 1]}'.encode(enc)))
for data in [b'"\x00a\x00"', b'\xff\xfe"\x00\x00\xd8"\x00', b'"\x00\x00\x00a\x00\x00\x00"\x00\x00']:
    try:
        print(ascii(json.loads(data)))
    except Exception as e:
        print(type(e).__name__, e)
