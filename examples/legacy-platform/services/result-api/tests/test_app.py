from unittest import mock

import pytest


def test_health(client):
    http, _ = client
    assert http.get('/health').json() == {'status': 'ok'}


def test_latest_unknown_station_is_404(client):
    http, app_module = client
    with mock.patch.object(app_module.cache, 'read_hkey', return_value=None):
        assert http.get('/results/W09').status_code == 404


def test_latest_parses_cached_literal(client):
    http, app_module = client
    cached = "{'station': 'W01', 'score': 0.12}"
    with mock.patch.object(app_module.cache, 'read_hkey', return_value=cached):
        body = http.get('/results/W01').json()
    assert body == {'station': 'W01', 'score': 0.12}


def test_latest_rejects_code_in_cache(client):
    http, app_module = client
    with mock.patch.object(app_module.cache, 'read_hkey', return_value="__import__('os')"):
        with pytest.raises(ValueError):
            http.get('/results/W01')
