from app.db import session

for name in ("alpha", "beta"):
    session.add(name)
# ok: observability/print-logging
print("seeded")
