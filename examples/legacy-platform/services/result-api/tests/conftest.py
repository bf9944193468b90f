import sys
from pathlib import Path
from unittest import mock

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


@pytest.fixture
def client():
    # app.py builds its Redis reader at import time; keep the tests off the network
    with mock.patch('redis.Redis'):
        import app as app_module
        from fastapi.testclient import TestClient

        yield TestClient(app_module.app), app_module
