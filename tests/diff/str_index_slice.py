s = "Hello, World!"
print(s[0], s[4], s[-1], s[-5], len(s))
print(s[0:5], s[7:], s[:5], s[-6:], s[:-1], s[:], s[3:3], s[5:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-1], s[-1:-8:-2], s[100:], s[-100:3])
for i in range(len(s)):
    print(i, s[i], s[i:], s[:i])
print("abcdef"[2:100], "abcdef"[-3:-1], "abcdef"[::3], "abcdef"[5:0:-2])
