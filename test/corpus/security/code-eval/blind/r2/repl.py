import ast


def admin_console():
    while True:
        # expect: security/code-eval
        print(eval(input(">>> ")))


def run_transformed(source: str):
    tree = ast.parse(source)
    code_obj = compile(tree, "<rules>", "exec")
    # expect: security/code-eval
    exec(code_obj)


def parse_literal(text):
    # ok: security/code-eval
    return ast.literal_eval(text)
