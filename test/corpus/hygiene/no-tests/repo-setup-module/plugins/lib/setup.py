from setuptools import setup

setup(name="lib", version="1.0")
