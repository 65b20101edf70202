# ascii and latin-1 in both directions, with CPython's messages for runs of bad characters.
print("plain".encode("ascii"), "plain".encode("latin-1"), "é\xff".encode("latin-1"))
print(b"plain".decode("ascii"), b"\xe9\xff\x00".decode("latin-1"), bytes(range(250, 256)).decode("latin-1"))
for text in ["é", "aé", "aéb", "éé", "aééb€", "日本", "😀", "x\u20acy"]:
    for encoding in ["ascii", "latin-1"]:
        try:
            print(encoding, text.encode(encoding))
        except UnicodeEncodeError as e:
            print(encoding, type(e).__name__, e)
for data in [b"\x80", b"ab\xffcd", b"\xe9\xe9"]:
    try:
        print(data.decode("ascii"))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
every = bytes(range(256))
print(every.decode("latin-1").encode("latin-1") == every, len(every.decode("latin-1")))
print(every.decode("latin-1")[200:205].encode("utf-8"))
