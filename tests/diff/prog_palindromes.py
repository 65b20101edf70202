def reverse(s):
    out = ""
    for ch in s:
        out = ch + out
    return out
def is_palindrome(s):
    cleaned = "".join([c.lower() for c in s if c.isalnum()])
    return cleaned == cleaned[::-1]
phrases = ["racecar", "hello", "A man, a plan, a canal: Panama", "No lemon, no melon", "Was it a car or a cat I saw?",
           "", "ab", "Step on no pets", "palindrome"]
for p in phrases:
    print(repr(p), reverse(p), p[::-1] == reverse(p), is_palindrome(p))
count = 0
for n in range(10, 100000):
    s = str(n)
    if s == s[::-1] and is_palindrome(bin(n)[2:]):
        count += 1
        print(n, bin(n))
print(count)
def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in [(center, center), (center, center + 1)]:
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
print(longest_palindrome("forgeeksskeegfor"), longest_palindrome("abacdfgdcaba"), longest_palindrome("x"))
