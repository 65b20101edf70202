# PEP 701 f-strings.
f''
f'plain'
f'{x}'
f'{x}{y}'
f'a{x}b{y}c'
f'{x!r}'
f'{x!s}'
f'{x!a}'
f'{x:10}'
f'{x:>10}'
f'{x:{width}}'
f'{x:{width}.{precision}f}'
f'{x!r:^20}'
f'{x=}'
f'{x = }'
f'{x=!s}'
f'{x=:>10}'
f'{x=!r:>10}'
f'{x + y=}'
f'{{literal}}'
f'{{{x}}}'
f'}}{{'
f'{x}' 'plain'
'plain' f'{x}'
f'{x}' f'{y}'
f'a' 'b' f'c'
f'{"nested"}'
f"{'nested'}"
f'{f"{x}"}'
f'{f'{x}'}'
f"{f"{f"{x}"}"}"
f'{x["key"]}'
f"{x["key"]}"
f'{x:{"nested spec"}}'
f'{x, y}'
f'{(x, y)}'
f'{x if y else z}'
f'{(lambda: 1)()}'
f'{[a for a in b]}'
f'{ {a: b} }'
f'{x:{y}{z}}'
f'{x:a{y}b}'
f'{3.14:.2f}'
f'{x!r:{w}}'
f'\n{x}\t'
f'\x41{x}'
rf'\n{x}'
fr'\d{x}'
Rf'{x}\w'
F'{x}'
f'''triple {x}'''
f"""multi
line {x}
end"""
f'''{
    x
}'''
f'''{x
    +
    y}'''
f'{x:}'
f'{x!r:}'
f'{x::}'
f'{x:=10}'
f'{(x:=10)}'
f'{x.attr}'
f'{x[0]}'
f'{x()}'
f'{await_}'
f'{yield_}'
f'{x}' f''
f'' f''
f'{{}}'
f'{"a" "b"}'
f'{x # comment
}' if False else 0
# Mixing u-prefixed literals with f-strings (Constant.kind)
u"a" "b"
"a" u"b"
f"{x}" u"a"
f"{x}" u"a" "b"
f"{x}" "a" u"b"
u"a" f"{x}"
u"a" f"b{x}"
f"a" u"b"
f"{x}a" u"b"
u"" "b"
