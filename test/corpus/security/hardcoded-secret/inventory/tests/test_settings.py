from app import settings


def test_password_default(monkeypatch):
    # ok: security/hardcoded-secret
    monkeypatch.setenv("DB_PASSWORD", "test")
    # ok: security/hardcoded-secret
    password = "<password>"
    assert settings.DB_HOST and password
