import requests
from sqlmodel import Session, create_engine

from .models import User

engine = create_engine("sqlite:///app.db")


def current_user(user_id: int) -> User | None:
    with Session(engine) as session:
        # ok: reliability/http-no-timeout
        return session.get(User, user_id)


def avatar(url: str) -> bytes:
    http = requests.Session()
    # expect: reliability/http-no-timeout
    return http.get(url).content
