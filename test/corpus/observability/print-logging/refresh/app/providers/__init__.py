from app.providers import traffic, weather

PROVIDERS = {"traffic": traffic, "weather": weather}
