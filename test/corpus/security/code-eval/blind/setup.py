from setuptools import find_packages, setup

about = {}
with open("calc/__version__.py") as f:
    # ok: security/code-eval
    exec(f.read(), about)

setup(name="calc", version=about["__version__"], packages=find_packages())
