from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal


@dataclass
class OrderLine:
    sku: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass
class Order:
    id: int
    customer_id: int
    lines: list[OrderLine] = field(default_factory=list)
    created_at: datetime = field(default_factory=datetime.utcnow)
    status: str = "open"

    @property
    def total(self) -> Decimal:
        return sum((l.total for l in self.lines), Decimal("0"))

    def close(self) -> None:
        if self.status != "open":
            raise ValueError(f"order {self.id} is {self.status}")
        self.status = "closed"
