import setuptools

with open("requirements.txt", "r", encoding="utf-8") as f:
    requirements = f.read().split("\n")

setuptools.setup(
    name="facelib",
    version="1.4.0",
    packages=setuptools.find_packages(),
    install_requires=requirements,
)
