import pytest

from recipes.app import app
from tests.fixtures import *  # noqa: F403


@pytest.fixture
def client():
    return app
