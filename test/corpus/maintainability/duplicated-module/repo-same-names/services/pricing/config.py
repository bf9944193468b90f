import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    currency: str = os.environ.get("PRICING_CURRENCY", "EUR")
    vat_rate: float = float(os.environ.get("VAT_RATE", "0.21"))
    rounding: str = "half-even"
    cache_seconds: int = int(os.environ.get("PRICE_CACHE_SECONDS", "60"))


CONFIG = Config()
