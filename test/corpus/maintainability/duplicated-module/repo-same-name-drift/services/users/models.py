import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime


@dataclass
class User:
    id: int
    email: str
    password_hash: str
    created_at: datetime
    active: bool = True

    @staticmethod
    def hash_password(password: str, salt: str | None = None) -> str:
        salt = salt or secrets.token_hex(8)
        digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 200_000).hex()
        return f"{salt}${digest}"

    def check_password(self, password: str) -> bool:
        salt, _, _ = self.password_hash.partition("$")
        return secrets.compare_digest(self.hash_password(password, salt), self.password_hash)

    def deactivate(self) -> None:
        self.active = False
